#pragma once
// Notices from the wall (发送通知/全体广播) and help requests from agents (求助): the pure
// checks of a notice before it is sent (the server's limits: 1 to 2000 characters, one user or
// one department) and the recognition of a help request among the internal messages.
#include <QString>

namespace cti::supervisor {

// The server counts characters (code points), not bytes: tickets::send_message.
inline constexpr int kMaxNoticeChars = 2000;

enum class NoticeProblem { None, Empty, TooLong, NoAgent, NoDepartment };

// To the selected agent (toAgent true, `recipient` the agent's login) or to a department.
NoticeProblem checkNotice(const QString& text, bool toAgent, const QString& recipient);
// The problem in words (empty for None).
QString noticeProblemText(NoticeProblem problem);
int noticeLength(const QString& text);  // in the server's characters

// An agent's help request: an internal message starting with 【求助】 or [Help] (what the agent
// desktop's Help button sends, in Chinese or in English).
bool isHelpRequest(const QString& text);

}  // namespace cti::supervisor
