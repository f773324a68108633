#include "dialect/native_rows.h"

#include <charconv>

namespace noorm {

void BufferedRows::setColumns(QList<NativeColumn> columns)
{
    m_columns = std::move(columns);
    m_values.resize(size_t(m_columns.size()));
    m_spans.resize(size_t(m_columns.size()));
}

bool BufferedRows::next()
{
    if (m_startError)
        return false;
    if (!(m_pending ? std::exchange(m_pending, false) : advance()))
        return false;
    m_buffer.clear();
    for (size_t i = 0; i < m_values.size(); ++i) {
        NativeValue &value = m_values[i];
        value = NativeValue{};
        const size_t at = m_buffer.size();
        read(int(i), value);
        m_spans[i] = m_buffer.size() > at ? std::pair(at, m_buffer.size() - at) : std::pair(std::string::npos, size_t(0));
    }
    for (size_t i = 0; i < m_values.size(); ++i) { // the buffer has stopped moving
        if (m_spans[i].first != std::string::npos)
            m_values[i].text = std::string_view(m_buffer.data() + m_spans[i].first, m_spans[i].second);
    }
    return true;
}

void BufferedRows::appendHex(const unsigned char *bytes, size_t size)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    m_buffer += "\\x";
    for (size_t i = 0; i < size; ++i) {
        m_buffer.push_back(kDigits[bytes[i] >> 4]);
        m_buffer.push_back(kDigits[bytes[i] & 15]);
    }
}

void BufferedRows::appendNumber(long long n)
{
    char digits[24];
    m_buffer.append(digits, size_t(std::to_chars(digits, digits + sizeof digits, n).ptr - digits));
}

void BufferedRows::appendNumber(unsigned long long n)
{
    char digits[24];
    m_buffer.append(digits, size_t(std::to_chars(digits, digits + sizeof digits, n).ptr - digits));
}

} // namespace noorm
