// SPDX-License-Identifier: EUPL-1.2
// The replay driver of the ordinary builds: runs every file of the folders it is given
// through the target's LLVMFuzzerTestOneInput, as libFuzzer would run one input. The
// first folder is the corpus and must hold inputs: an empty corpus would pass in silence.
// A crash or a FUZZ_CHECK aborts the process, which fails the test; an input slower than
// kSlowInput fails it too (the targets promise bounded time).
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv);

namespace {

constexpr qint64 kSlowInputMs = 10000; // libFuzzer's -timeout=10 of the local runs

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s corpus-folder [crashers-folder...]\n", argv[0]);
        return 2;
    }
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    for (int folderIndex = 1; folderIndex < argc; ++folderIndex) {
        const QDir folder(QString::fromLocal8Bit(argv[folderIndex]));
        if (!folder.exists()) {
            std::fprintf(stderr, "no folder %s\n", argv[folderIndex]);
            return 1;
        }
        // Sorted names: a failure replays in the same order every time. Dot files (.keep)
        // only keep an empty crashers folder in git.
        const QStringList names = folder.entryList(QDir::Files, QDir::Name);
        int replayed = 0;
        for (const QString &name : names) {
            QFile file(folder.filePath(name));
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(file.fileName()));
                return 1;
            }
            const QByteArray bytes = file.readAll();
            QElapsedTimer timer;
            timer.start();
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()),
                size_t(bytes.size()));
            if (timer.elapsed() > kSlowInputMs) {
                std::fprintf(stderr, "%s took %lld ms\n", qPrintable(file.fileName()),
                    static_cast<long long>(timer.elapsed()));
                return 1;
            }
            ++replayed;
        }
        std::printf("replayed %d inputs of %s\n", replayed, argv[folderIndex]);
        if (folderIndex == 1 && replayed == 0) {
            std::fprintf(stderr, "the corpus %s holds no input\n", argv[folderIndex]);
            return 1;
        }
    }
    return 0;
}
