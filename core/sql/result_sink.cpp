#include "sql/result_sink.h"

#include "sql/sql_value.h"

namespace noorm {

Status ResultSink::textRow(NativeRow values)
{
    QVariantList row;
    row.reserve(qsizetype(values.size()));
    for (const NativeValue &v : values)
        row << nativeValueVariant(v);
    return this->row(row);
}

} // namespace noorm
