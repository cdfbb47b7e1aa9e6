#include "cti/qtclient/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcTranslations, "cti.qtclient.translations", QtInfoMsg)

namespace cti::qt {

QString pickLanguage(const QLocale& locale) {
    return locale.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

Translations::Translations(QCoreApplication& app, const QString& language, const QStringList& catalogs)
    : app_(app), language_(language) {
    auto install = [this](std::unique_ptr<QTranslator> translator) {
        app_.installTranslator(translator.get());
        installed_.push_back(std::move(translator));
    };
    for (const QString& catalog : catalogs) {
        auto translator = std::make_unique<QTranslator>();
        const QString path = QStringLiteral(":/i18n/%1_%2.qm").arg(catalog, language);
        if (translator->load(path)) {
            install(std::move(translator));
        } else {
            qCWarning(lcTranslations) << "translation catalog missing:" << path;
            missing_.append(catalog);
        }
    }
    auto qtbase = std::make_unique<QTranslator>();
    if (qtbase->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        install(std::move(qtbase));
}

Translations::~Translations() {
    for (const auto& translator : installed_) app_.removeTranslator(translator.get());
}

}  // namespace cti::qt
