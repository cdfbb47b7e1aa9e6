#include "wall_bench_probe.h"

#include <QEvent>
#include <QPaintEvent>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <algorithm>
#include <chrono>

#include "models/agent_table_model.h"

namespace wall_bench {

using cti::supervisor::AgentTableModel;

std::int64_t nowNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// ---- Ledger ----

void Ledger::reset(int agents) {
    const std::lock_guard lock(mutex_);
    changes_.clear();
    changes_.reserve(1 << 16);
    inFlight_.assign(static_cast<std::size_t>(agents), -1);
}

int Ledger::sent(int agent, bool ready, std::int64_t ns) {
    const std::lock_guard lock(mutex_);
    const int id = static_cast<int>(changes_.size());
    changes_.push_back(Change{.agent = agent, .ready = ready, .sent = ns});
    inFlight_[static_cast<std::size_t>(agent)] = id;
    return id;
}

void Ledger::acked(int change, std::int64_t ns, bool ok) {
    const std::lock_guard lock(mutex_);
    if (change < 0 || change >= static_cast<int>(changes_.size())) return;
    changes_[static_cast<std::size_t>(change)].acked = ns;
    changes_[static_cast<std::size_t>(change)].failed = !ok;
}

std::optional<int> Ledger::modelSeen(int agent, bool ready, std::int64_t ns) {
    const std::lock_guard lock(mutex_);
    if (agent < 0 || agent >= static_cast<int>(inFlight_.size())) return std::nullopt;
    const int id = inFlight_[static_cast<std::size_t>(agent)];
    if (id < 0) return std::nullopt;
    auto& c = changes_[static_cast<std::size_t>(id)];
    // Another status (an older change seen late) or the same one again (a repeated row update).
    if (c.ready != ready || c.model >= 0) return std::nullopt;
    c.model = ns;
    return id;
}

void Ledger::markVisible(int change) {
    const std::lock_guard lock(mutex_);
    changes_[static_cast<std::size_t>(change)].visible = true;
}

void Ledger::screenSeen(int change, std::int64_t ns) {
    const std::lock_guard lock(mutex_);
    if (change < static_cast<int>(changes_.size())) changes_[static_cast<std::size_t>(change)].screen = ns;
}

std::pair<std::size_t, std::size_t> Ledger::progress() {
    const std::lock_guard lock(mutex_);
    const auto seen = std::count_if(changes_.begin(), changes_.end(), [](const Change& c) { return c.model >= 0; });
    return {static_cast<std::size_t>(seen), changes_.size()};
}

std::vector<Change> Ledger::take() {
    const std::lock_guard lock(mutex_);
    std::fill(inFlight_.begin(), inFlight_.end(), -1);
    return std::exchange(changes_, {});
}

// ---- Driver ----

Driver::Driver(cti::qt::Connection& leader, Ledger& ledger, std::vector<qint64> agentIds)
    : leader_(leader), ledger_(ledger), agentIds_(std::move(agentIds)), ready_(agentIds_.size(), false) {
    // 5 ms steps: at 500 changes/s a step sends 2 or 3, close enough to a steady stream.
    timer_.setTimerType(Qt::PreciseTimer);
    timer_.setInterval(5);
    connect(&timer_, &QTimer::timeout, this, &Driver::tick);
    connect(&leader_, &cti::qt::Connection::replyReceived, this, &Driver::onReply);
}

void Driver::run(double rate, double seconds) {
    rate_ = rate;
    start_ = nowNs();
    end_ = start_ + static_cast<std::int64_t>(seconds * 1e9);
    sentThisRun_ = 0;
    inFlight_.clear();
    timer_.start();
}

void Driver::tick() {
    const std::int64_t now = nowNs();
    const std::int64_t due =
        static_cast<std::int64_t>(static_cast<double>(std::min(now, end_) - start_) * rate_ / 1e9);
    while (sentThisRun_ < due) {
        const std::size_t agent = cursor_++ % agentIds_.size();
        const bool ready = !ready_[agent];
        ready_[agent] = ready;
        cti::wire::Envelope e;
        auto* control = e.mutable_agent_control();
        control->set_action(ready ? cti::wire::READY : cti::wire::NOT_READY);
        if (!ready) control->set_reason("bench");
        control->set_agent_id(agentIds_[agent]);
        const int change = ledger_.sent(static_cast<int>(agent), ready, nowNs());
        inFlight_.emplace(leader_.request(std::move(e)), change);
        ++sentThisRun_;
    }
    if (now >= end_) {
        timer_.stop();
        emit done();
    }
}

void Driver::onReply(quint64 requestId, const cti::wire::Envelope& reply) {
    const auto it = inFlight_.find(requestId);
    if (it == inFlight_.end()) return;
    ledger_.acked(it->second, nowNs(), reply.body_case() == cti::wire::Envelope::kAgentControlOk);
    inFlight_.erase(it);
}

// ---- WallProbe ----

WallProbe::WallProbe(AgentTableModel& model, QTableView& table, Ledger& ledger, const std::vector<qint64>& agentIds)
    : model_(model), table_(table), proxy_(qobject_cast<QSortFilterProxyModel*>(table.model())), ledger_(ledger) {
    for (std::size_t i = 0; i < agentIds.size(); ++i) agentById_.insert(agentIds[i], static_cast<int>(i));
    // Connected after the wall's own proxy: when this runs, the view has been told of the change.
    connect(&model_, &QAbstractItemModel::dataChanged, this, &WallProbe::onDataChanged);
    if (proxy_) connect(proxy_, &QAbstractItemModel::layoutChanged, this, [this] { ++counters_.layoutChanges; });
    table_.viewport()->installEventFilter(this);
}

void WallProbe::resetCounters() {
    counters_ = {};
    awaitingPaint_.clear();
    painted_.clear();
}

ViewCounters WallProbe::counters() const {
    ViewCounters c = counters_;
    const QRect view = table_.viewport()->rect();
    for (int row = 0; row < model_.rowCount(); ++row)
        if (view.intersects(rowRect(row))) ++c.visibleRows;
    return c;
}

QRect WallProbe::rowRect(int sourceRow) const {
    // The row's band across the viewport, from the vertical header alone: visualRect() would
    // ask the horizontal header for column positions, and with ResizeToContents that runs the
    // header's pending resize over every row at once, a cost the wall pays only once a repaint.
    const QModelIndex source = model_.index(sourceRow, 0);
    const int row = proxy_ ? proxy_->mapFromSource(source).row() : sourceRow;
    return QRect(0, table_.rowViewportPosition(row), table_.viewport()->width(), table_.rowHeight(row));
}

void WallProbe::onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight) {
    constexpr int kStatus = static_cast<int>(AgentTableModel::Column::Status);
    // The wall's once-a-second clock refreshes only the time-in-state column: nothing to sample.
    if (topLeft.column() > kStatus || bottomRight.column() < kStatus) return;
    const std::int64_t now = nowNs();
    const QRect view = table_.viewport()->rect();
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const QModelIndex first = model_.index(row, 0);
        const int agent = agentById_.value(first.data(AgentTableModel::UserIdRole).toLongLong(), -1);
        if (agent < 0) continue;
        const QString status = first.data(AgentTableModel::StatusRole).toString();
        const bool ready = status == QLatin1String("available");
        if (!ready && status != QLatin1String("not_ready")) continue;
        const auto change = ledger_.modelSeen(agent, ready, now);
        if (!change || !view.intersects(rowRect(row))) continue;
        ledger_.markVisible(*change);
        awaitingPaint_.push_back({*change, row});
    }
}

bool WallProbe::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::Paint || watched != table_.viewport()) return false;
    ++counters_.paints;
    if (awaitingPaint_.empty()) return false;
    const QRegion region = static_cast<QPaintEvent*>(event)->region();
    const bool stampQueued = !painted_.empty();
    std::erase_if(awaitingPaint_, [&](const Pending& p) {
        if (!region.intersects(rowRect(p.sourceRow))) return false;
        painted_.push_back(p.change);
        return true;
    });
    // The filter runs before the view paints: the stamp waits until this repaint (the whole
    // window's, flushed to the screen) has returned to the event loop.
    if (!stampQueued && !painted_.empty())
        QTimer::singleShot(0, this, [this] {
            const std::int64_t now = nowNs();
            for (int change : painted_) ledger_.screenSeen(change, now);
            painted_.clear();
        });
    return false;
}

}  // namespace wall_bench
