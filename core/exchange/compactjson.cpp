// SPDX-License-Identifier: EUPL-1.2
#include "compactjson.h"

namespace pactesur::compactjson {

namespace {

constexpr qint64 kMaxCounter = 9'000'000'000'000'000;

// A cursor over the text; every read either consumes what it expects or fails.
class Cursor
{
public:
    explicit Cursor(QStringView text)
        : m_text(text)
    { }

    bool atEnd() const { return m_at == m_text.size(); }

    bool take(char16_t expected)
    {
        if (m_at >= m_text.size() || m_text[m_at].unicode() != expected)
            return false;
        ++m_at;
        return true;
    }

    // A quoted string of characters that need no escape in JSON and that `allowed` accepts.
    template<typename Allowed>
    bool string(QStringView *value, Allowed allowed)
    {
        if (!take(u'"'))
            return false;
        const qsizetype start = m_at;
        while (m_at < m_text.size() && m_text[m_at].unicode() != u'"') {
            if (!allowed(m_text[m_at].unicode()))
                return false;
            ++m_at;
        }
        if (m_at == start || !take(u'"'))
            return false;
        *value = m_text.mid(start, m_at - 1 - start);
        return true;
    }

    // 1 to 9e15, digits only, no leading zero: the form QJsonDocument writes such numbers in.
    bool counter(qint64 *value)
    {
        qint64 number = 0;
        const qsizetype start = m_at;
        while (m_at < m_text.size() && m_text[m_at].unicode() >= u'0'
            && m_text[m_at].unicode() <= u'9') {
            if (m_at - start >= 16)
                return false;
            number = number * 10 + (m_text[m_at].unicode() - u'0');
            ++m_at;
        }
        if (m_at == start || m_text[start].unicode() == u'0' || number > kMaxCounter)
            return false;
        *value = number;
        return true;
    }

private:
    QStringView m_text;
    qsizetype m_at = 0;
};

bool isReplicaCharacter(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || c == u'-';
}

bool isFieldCharacter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
}

bool isTimeCharacter(char16_t c)
{
    return (c >= u'0' && c <= u'9') || c == u'-' || c == u':' || c == u'T' || c == u'Z';
}

// {"<key>":<value>,...}, each entry read by `readEntry`. A JSON object may repeat a key,
// and the full parser then keeps one of the values: such a text is left to it.
template<typename Entries, typename ReadEntry, typename Key>
bool readObject(QStringView text, Entries *entries, ReadEntry readEntry, Key key)
{
    entries->clear();
    Cursor cursor(text);
    if (!cursor.take(u'{'))
        return false;
    if (cursor.take(u'}'))
        return cursor.atEnd();
    do {
        typename Entries::value_type entry;
        if (!readEntry(cursor, entry))
            return false;
        for (const auto &earlier : std::as_const(*entries)) {
            if (key(earlier) == key(entry))
                return false;
        }
        entries->append(entry);
    } while (cursor.take(u','));
    return cursor.take(u'}') && cursor.atEnd();
}

} // namespace

bool readVector(QStringView text, Vector *entries)
{
    return readObject(
        text, entries,
        [](Cursor &cursor, VectorEntry &entry) {
            return cursor.string(&entry.replica, isReplicaCharacter) && cursor.take(u':')
                && cursor.counter(&entry.counter);
        },
        [](const VectorEntry &entry) { return entry.replica; });
}

bool readDots(QStringView text, Dots *entries)
{
    return readObject(
        text, entries,
        [](Cursor &cursor, DotEntry &entry) {
            return cursor.string(&entry.field, isFieldCharacter) && cursor.take(u':')
                && cursor.take(u'[') && cursor.string(&entry.replica, isReplicaCharacter)
                && cursor.take(u',') && cursor.counter(&entry.counter) && cursor.take(u',')
                && cursor.string(&entry.at, isTimeCharacter) && cursor.take(u']');
        },
        [](const DotEntry &entry) { return entry.field; });
}

} // namespace pactesur::compactjson
