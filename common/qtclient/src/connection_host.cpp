#include "cti/qtclient/connection_host.h"

#include <QEventLoop>
#include <QTimer>

namespace cti::qt {

ConnectionHost::ConnectionHost(ConnectionOptions options)
    : connection_(new Connection(std::move(options))) {
    thread_.setObjectName(QStringLiteral("cti-connection"));
    connection_->moveToThread(&thread_);
    // QThread runs deferred deletes after finished, on the thread itself: the socket is
    // closed on the thread that owns it.
    QObject::connect(&thread_, &QThread::finished, connection_, &QObject::deleteLater);
    thread_.start();
}

ConnectionHost::~ConnectionHost() {
    thread_.quit();
    thread_.wait();
}

void ConnectionHost::logoutAndWait(std::chrono::milliseconds limit) {
    if (connection_->state() == ConnectionState::Disconnected) return;
    QEventLoop loop;
    QObject::connect(connection_, &Connection::stateChanged, &loop, [&loop](ConnectionState state) {
        if (state == ConnectionState::Disconnected) loop.quit();
    });
    QTimer::singleShot(limit, &loop, &QEventLoop::quit);
    connection_->logout();
    loop.exec();
}

}  // namespace cti::qt
