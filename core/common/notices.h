#pragma once
// Notices: what core leaves for the user during an operation that is not its result nor an
// error (the team vault changed since the last sync; secrets filled in from it). The front
// end shows them once the operation ends: the CLI on stderr, the desktop app in a banner.
// Safe to add to from a worker thread while the front end's thread waits.

#include "common/error.h"

#include <QList>
#include <QMutex>
#include <QString>

namespace noorm {

struct Notice {
    QString text;
    Hint hint; // what the user can do about it, worded by the front end
};

class Notices {
public:
    void add(Notice notice)
    {
        QMutexLocker locker(&m_mutex);
        for (const Notice &n : std::as_const(m_notices))
            if (n.text == notice.text)
                return; // once per operation, however often a connection sees it
        m_notices << std::move(notice);
    }
    QList<Notice> take()
    {
        QMutexLocker locker(&m_mutex);
        return std::exchange(m_notices, {});
    }

private:
    QMutex m_mutex;
    QList<Notice> m_notices;
};

} // namespace noorm
