#pragma once
// The ring an agent hears while a call rings at their phone, from the desktop (the phone may be
// a headset without a ringer). The tone is made here rather than shipped: China's ring-back
// cadence, 450 Hz, one second on and four off, as 8 kHz 16-bit mono PCM in a WAV file.
#include <QObject>
#include <QTemporaryFile>

class QSoundEffect;

namespace cti::agent {

// The WAV bytes of `seconds` of the cadence (the first second sounding). Pure.
QByteArray ringToneWav(int seconds = 5);

class Ringer : public QObject {
    Q_OBJECT
public:
    explicit Ringer(QObject* parent = nullptr);
    ~Ringer() override;

    void setRinging(bool ringing);
    bool ringing() const { return ringing_; }

private:
    QTemporaryFile file_;
    QSoundEffect* effect_ = nullptr;  // null when the tone could not be written
    bool ringing_ = false;
};

}  // namespace cti::agent
