// SPDX-License-Identifier: EUPL-1.2
// The list screen of one kind of record: filters, a sortable table and the detail panel.
#pragma once

#include "recordlistactions.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QToolButton;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;

namespace pactesur {

class EmptyState;
class RecordDetailPanel;
class RecordFilterBar;
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
        // What the list is for, shown while it has no records at all, above a New… button.
        const char *emptyText = nullptr;
        // What this list does beyond the generic list, if anything (the Practice sheets
        // list opens the sheet editor and offers Duplicate and Translate…).
        MakeRecordListActions listActions = nullptr;
    };

    RecordListView(Session &session, const Options &options, QWidget *parent = nullptr);

    const KindSpec &kind() const { return m_kind; }
    // Each loads the list first if it waited to be shown.
    RecordTableModel *model() const { return loaded()->m_model; }
    QTableView *table() const { return loaded()->m_table; }
    RecordDetailPanel *detailPanel() const { return loaded()->m_detail; }
    // Reads the records now if the list has not been shown yet.
    void ensureLoaded();
    // Edit > Find in List: puts the cursor in the filter box.
    void focusFilter();
    // Selects the record `id`, fetching more pages and clearing the filters if needed;
    // false when no record of this list has that id.
    bool selectRecord(const QString &id);
    QString selectedId() const { return m_selectedId; }

    // New…, Edit… and Delete of this list (toolbar, context menu, and Edit menu).
    QAction *newAction() const { return m_newAction; }
    QAction *editAction() const { return m_editAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    void newRecord();
    void editRecord();
    void deleteRecord();
    // Shows the records of one city only (the city's "Related" links).
    void filterByCity(const QString &cityId);

signals:
    // The actions were enabled or disabled (selection, writability).
    void actionsChanged();
    // The detail panel asks for the list of `kind` filtered by a city.
    void openRelated(const QString &kind, const QString &cityId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Which of its two faces the empty place shows, so its buttons are made once per change.
    enum class EmptyFace { None, NoRecords, NoMatch };

    void createTable();
    void createActions();
    QToolButton *toolButton(QAction *action);
    void recordsChanged(const QString &kind);
    void updateActions();
    void clearFilters();
    QWidget *createEmptyState();
    void showEmptyFace(EmptyFace face);
    void retranslateUi();
    void attachDatabase();
    RecordListView *loaded() const
    {
        auto *self = const_cast<RecordListView *>(this);
        self->ensureLoaded();
        return self;
    }
    void applyChoiceFilter();
    void modelReset();
    void fitColumns();
    void narrowColumns(const QList<int> &widths, int available);
    void updateState();

    Session &m_session;
    const KindSpec &m_kind;
    Options m_options;
    RecordTableModel *m_model = nullptr;
    bool m_loadPending = true;
    QLabel *m_title = nullptr;
    QLabel *m_count = nullptr;
    QLineEdit *m_filter = nullptr;
    QTimer *m_filterTimer = nullptr;
    QComboBox *m_choiceFilter = nullptr;
    RecordFilterBar *m_filterBar = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QList<QToolButton *> m_toolButtons;
    QStackedWidget *m_tableOrEmpty = nullptr;
    QTableView *m_table = nullptr;
    EmptyState *m_empty = nullptr;
    QAction *m_clearFiltersAction = nullptr;
    EmptyFace m_emptyFace = EmptyFace::None;
    QSplitter *m_splitter = nullptr;
    RecordDetailPanel *m_detail = nullptr;
    RecordListActions *m_listActions = nullptr;
    QString m_selectedId;
    bool m_columnsSized = false;
    bool m_fittingColumns = false;
    bool m_userSizedColumns = false;
};

} // namespace pactesur
