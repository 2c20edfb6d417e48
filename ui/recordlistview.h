// SPDX-License-Identifier: EUPL-1.2
// The list screen of one kind of record: filters, a sortable table and the detail panel.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;

namespace pactesur {

class RecordDetailPanel;
class RecordTableModel;
class Session;
struct KindSpec;

class RecordListView : public QWidget
{
    Q_OBJECT
public:
    struct Options
    {
        QString kind; // CLI kind name: "cities"
        // A drop-down filter on one choice field ("role"), with its "all" entry; the
        // texts are QT_TRANSLATE_NOOP in the context "pactesur::RecordListView".
        QString choiceField;
        const char *allChoicesText = nullptr;
        // What the list is for, shown while it has no records at all.
        const char *emptyText = nullptr;
    };

    RecordListView(Session &session, const Options &options, QWidget *parent = nullptr);

    const KindSpec &kind() const { return m_kind; }
    RecordTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    RecordDetailPanel *detailPanel() const { return m_detail; }
    // Edit > Find: puts the cursor in the filter box.
    void focusFilter();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createTable();
    QWidget *createEmptyPage();
    void retranslateUi();
    void attachDatabase();
    void applyChoiceFilter();
    void modelReset();
    void fitColumns();
    void narrowColumns(const QList<int> &widths, int available);
    void updateState();

    Session &m_session;
    const KindSpec &m_kind;
    Options m_options;
    RecordTableModel *m_model = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_count = nullptr;
    QLineEdit *m_filter = nullptr;
    QTimer *m_filterTimer = nullptr;
    QComboBox *m_choiceFilter = nullptr;
    QStackedWidget *m_tableOrEmpty = nullptr;
    QTableView *m_table = nullptr;
    QWidget *m_emptyPage = nullptr;
    QLabel *m_empty = nullptr;
    QSplitter *m_splitter = nullptr;
    RecordDetailPanel *m_detail = nullptr;
    QString m_selectedId;
    bool m_columnsSized = false;
    bool m_fittingColumns = false;
    bool m_userSizedColumns = false;
};

} // namespace pactesur
