#pragma once
// LatestOnly: of overlapping loads of one view, only the newest one's result is shown.

#include <QtGlobal>

namespace noorm {

// Overlapping reloads of one view: each takes a ticket, and only the newest one's result is
// shown. Jobs run on threads of their own and may finish in any order; an older one that
// finished last would show what was there before (a secret just set missing from the list).
class LatestOnly {
public:
    quint64 take() { return ++m_last; }
    // The newest ticket, for work that belongs to the load shown now (dropped once another starts).
    quint64 last() const { return m_last; }
    bool isLatest(quint64 ticket) const { return ticket == m_last; }

private:
    quint64 m_last = 0;
};

} // namespace noorm
