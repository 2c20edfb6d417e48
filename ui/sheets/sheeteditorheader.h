// SPDX-License-Identifier: EUPL-1.2
// The top of the sheet editor: the title and its facts, the status with the workflow
// buttons, and the banners that explain the sheet's state (recovered after a crash,
// read-only and why, what the workflow refused, where the review notes are, translation).
#pragma once

#include <QMap>
#include <QWidget>

class QLabel;
class QPushButton;

namespace pactesur {

class SheetTranslationPane;
class SheetWorkflowBar;

class SheetEditorHeader : public QWidget
{
    Q_OBJECT
public:
    enum class Banner { Recovery, ReadOnly, Workflow, Review };

    explicit SheetEditorHeader(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const;
    // "Nice · English · Partners only · changed …": plain text.
    void setMeta(const QString &meta);
    // Shows the banner with this text; an empty text hides it.
    void setBanner(Banner banner, const QString &text);
    // The banner's text while it is shown, else empty.
    QString bannerText(Banner banner) const;

    SheetWorkflowBar *workflowBar() const { return m_workflow; }
    SheetTranslationPane *translationPane() const { return m_translationPane; }
    // The coordinator's "Note on the sheet…" (hidden for everyone else).
    QPushButton *generalNoteButton() const { return m_generalNote; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *createBanner(
        const QString &objectName, const char *background, const char *border, const char *text);
    void retranslateUi();

    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    SheetWorkflowBar *m_workflow = nullptr;
    SheetTranslationPane *m_translationPane = nullptr;
    QPushButton *m_generalNote = nullptr;
    QMap<Banner, QLabel *> m_banners;
};

} // namespace pactesur
