#pragma once
// Language choice and translation loading for the desktops: Chinese first (zh_CN), English for
// everyone else. Catalogs are embedded as resources under :/i18n/<catalog>_<language>.qm.
#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QCoreApplication;
class QTranslator;

namespace cti::qt {

// "zh_CN" for any Chinese locale (the desktops ship one Chinese catalog), "en" otherwise.
QString pickLanguage(const QLocale& locale);

// Installs the catalogs for one language into the application for as long as it lives; the
// destructor removes them. Qt's own catalog (qtbase_*, for standard buttons and dialogs) is
// added from Qt's translation folder when it is there.
class Translations {
public:
    Translations(QCoreApplication& app, const QString& language, const QStringList& catalogs);
    ~Translations();
    Translations(const Translations&) = delete;
    Translations& operator=(const Translations&) = delete;

    const QString& language() const { return language_; }
    // Catalogs of ours that could not be loaded (a packaging fault; the UI then shows English).
    const QStringList& missing() const { return missing_; }

private:
    QCoreApplication& app_;
    QString language_;
    QStringList missing_;
    std::vector<std::unique_ptr<QTranslator>> installed_;
};

}  // namespace cti::qt
