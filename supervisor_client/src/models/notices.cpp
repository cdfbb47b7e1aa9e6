#include "models/notices.h"

#include <QCoreApplication>

namespace cti::supervisor {

int noticeLength(const QString& text) { return static_cast<int>(text.toUcs4().size()); }

NoticeProblem checkNotice(const QString& text, bool toAgent, const QString& recipient) {
    // Blank text is refused here although the server would take it: a notice of spaces says nothing.
    if (text.trimmed().isEmpty()) return NoticeProblem::Empty;
    if (noticeLength(text) > kMaxNoticeChars) return NoticeProblem::TooLong;
    if (recipient.trimmed().isEmpty()) return toAgent ? NoticeProblem::NoAgent : NoticeProblem::NoDepartment;
    return NoticeProblem::None;
}

QString noticeProblemText(NoticeProblem problem) {
    switch (problem) {
        case NoticeProblem::None: return {};
        case NoticeProblem::Empty: return QCoreApplication::translate("cti::supervisor::Notices", "Write the notice first.");
        case NoticeProblem::TooLong:
            return QCoreApplication::translate("cti::supervisor::Notices", "A notice has at most %1 characters.")
                .arg(kMaxNoticeChars);
        case NoticeProblem::NoAgent:
            return QCoreApplication::translate("cti::supervisor::Notices", "Select an agent on the wall.");
        case NoticeProblem::NoDepartment:
            return QCoreApplication::translate("cti::supervisor::Notices", "Choose a department.");
    }
    return {};
}

bool isHelpRequest(const QString& text) {
    const QString t = text.trimmed();
    return t.startsWith(QStringLiteral("【求助】")) || t.startsWith(QLatin1String("[Help]"), Qt::CaseInsensitive);
}

}  // namespace cti::supervisor
