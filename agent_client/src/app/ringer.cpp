#include "app/ringer.h"

#include <QDir>
#include <QSoundEffect>
#include <QUrl>
#include <QtEndian>
#include <cmath>
#include <numbers>

namespace cti::agent {

namespace {
void put16(QByteArray& out, quint16 v) {
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}
void put32(QByteArray& out, quint32 v) {
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}
}  // namespace

QByteArray ringToneWav(int seconds) {
    constexpr int kRate = 8000;
    const int samples = kRate * std::max(1, seconds);
    QByteArray out;
    out.reserve(44 + samples * 2);
    out.append("RIFF", 4);
    put32(out, 36 + samples * 2);
    out.append("WAVEfmt ", 8);
    put32(out, 16);
    put16(out, 1);  // PCM
    put16(out, 1);  // mono
    put32(out, kRate);
    put32(out, kRate * 2);
    put16(out, 2);
    put16(out, 16);
    out.append("data", 4);
    put32(out, samples * 2);
    for (int i = 0; i < samples; ++i) {
        const bool on = i < kRate;  // one second on, the rest silence
        const double v = on ? 0.3 * std::sin(2 * std::numbers::pi * 450.0 * i / kRate) : 0.0;
        put16(out, static_cast<quint16>(static_cast<qint16>(v * 32767)));
    }
    return out;
}

Ringer::Ringer(QObject* parent) : QObject(parent) {
    file_.setFileTemplate(QDir::tempPath() + QStringLiteral("/cti-ring-XXXXXX.wav"));
    if (!file_.open() || file_.write(ringToneWav()) <= 0 || !file_.flush()) return;
    effect_ = new QSoundEffect(this);
    effect_->setSource(QUrl::fromLocalFile(file_.fileName()));
    effect_->setLoopCount(QSoundEffect::Infinite);
}

Ringer::~Ringer() = default;

void Ringer::setRinging(bool ringing) {
    if (ringing == ringing_) return;
    ringing_ = ringing;
    if (!effect_) return;
    if (ringing) effect_->play();
    else effect_->stop();
}

}  // namespace cti::agent
