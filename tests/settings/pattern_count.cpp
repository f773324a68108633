#include "pattern_count.h"

#include <atomic>
#include <cstdint>
#include <dlfcn.h>

namespace {

std::atomic<std::size_t> g_compiled{0};

using Compile = void *(*)(const std::uint16_t *, std::size_t, std::uint32_t, int *, std::size_t *, void *);

} // namespace

// Qt6Core calls this unversioned symbol of the system's libpcre2-16; the executable's own
// definition wins the dynamic lookup, counts, and hands the call to the library's.
extern "C" void *pcre2_compile_16(const std::uint16_t *pattern, std::size_t length, std::uint32_t options,
                                  int *errorCode, std::size_t *errorOffset, void *context)
{
    static const auto real = reinterpret_cast<Compile>(dlsym(RTLD_NEXT, "pcre2_compile_16"));
    ++g_compiled;
    return real(pattern, length, options, errorCode, errorOffset, context);
}

namespace noorm::test {

std::size_t compiledPatternCount() { return g_compiled.load(); }

} // namespace noorm::test
