#include "cti/qtclient/admin_tables.h"

#include <QCoreApplication>

#include "cti/qtclient/connection.h"
#include "cti/qtclient/convert.h"
#include "cti/wire/frame.h"

namespace cti::qt {

namespace {
QString qs(const std::string& s) { return QString::fromStdString(s); }

AdminTableInfo fromWire(const cti::wire::AdminTableInfo& w) {
    return AdminTableInfo{qs(w.table()), w.may_edit(), w.may_add(), w.may_remove()};
}

AdminColumn fromWire(const cti::wire::AdminColumn& w) {
    AdminColumn c{qs(w.name()), qs(w.type()), w.key(), w.required(), w.read_only(), w.min(), w.max(), {},
                  qs(w.default_value())};
    for (const auto& choice : w.choices()) c.choices << qs(choice);
    return c;
}

AdminRecord fromWire(const cti::wire::AdminRecord& w) {
    AdminRecord r;
    for (const auto& [name, value] : w.fields()) r.insert(qs(name), qs(value));
    return r;
}

void toWire(const AdminRecord& record, cti::wire::AdminRecord& w) {
    for (auto it = record.cbegin(); it != record.cend(); ++it)
        (*w.mutable_fields())[it.key().toStdString()] = it.value().toStdString();
}

}  // namespace

AdminTables::AdminTables(Connection& connection, QObject* parent)
    : QObject(parent), connection_(connection),
      requests_(connection, this, [this](quint64 id, ErrorCode code, const QString& message) {
          emit requestFailed(id, code, message);
      }) {
    qRegisterMetaType<cti::qt::AdminColumn>();
    qRegisterMetaType<cti::qt::AdminTableInfo>();
    qRegisterMetaType<cti::qt::AdminTable>();
    qRegisterMetaType<cti::qt::AdminRecord>("cti::qt::AdminRecord");
    qRegisterMetaType<QList<cti::qt::AdminTableInfo>>();
}

// The answer id lives in a shared cell set right after send() returns, before any reply arrives.
quint64 AdminTables::listTables() {
    cti::wire::Envelope env;
    env.mutable_list_admin_tables();
    auto id = std::make_shared<quint64>();
    *id = requests_.send(std::move(env), [this, id](const cti::wire::Envelope& r) {
        if (!r.has_list_admin_tables_ok()) return emit requestFailed(*id, ErrorCode::Internal, PendingRequests::unexpected(r));
        QList<AdminTableInfo> tables;
        for (const auto& t : r.list_admin_tables_ok().tables()) tables << fromWire(t);
        emit tablesListed(*id, tables);
    });
    return *id;
}

quint64 AdminTables::list(const QString& table) {
    cti::wire::Envelope env;
    env.mutable_admin_list()->set_table(table.toStdString());
    auto id = std::make_shared<quint64>();
    *id = requests_.send(std::move(env), [this, id](const cti::wire::Envelope& r) {
        if (!r.has_admin_list_ok()) return emit requestFailed(*id, ErrorCode::Internal, PendingRequests::unexpected(r));
        const auto& ok = r.admin_list_ok();
        AdminTable out{fromWire(ok.table()), {}, {}, qs(ok.note())};
        for (const auto& c : ok.columns()) out.columns << fromWire(c);
        for (const auto& rec : ok.records()) out.records << fromWire(rec);
        emit listed(*id, out);
    });
    return *id;
}

quint64 AdminTables::save(const QString& table, const AdminRecord& record) { return sendSave(table, record, false); }

quint64 AdminTables::remove(const QString& table, const AdminRecord& keyFields) {
    return sendSave(table, keyFields, true);
}

quint64 AdminTables::sendSave(const QString& table, const AdminRecord& record, bool remove) {
    cti::wire::Envelope env;
    auto* m = env.mutable_admin_save();
    m->set_table(table.toStdString());
    m->set_remove(remove);
    toWire(record, *m->mutable_record());
    auto id = std::make_shared<quint64>();
    *id = requests_.send(std::move(env), [this, id, table, record, remove](const cti::wire::Envelope& r) {
        if (!r.has_admin_save_ok()) return emit requestFailed(*id, ErrorCode::Internal, PendingRequests::unexpected(r));
        // A removal's answer may carry nothing: the key fields asked for name what is gone.
        if (remove) return emit removed(*id, table, record);
        emit saved(*id, table, fromWire(r.admin_save_ok().record()));
    });
    return *id;
}

}  // namespace cti::qt
