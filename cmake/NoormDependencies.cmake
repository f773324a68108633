# Every dependency comes from a Debian 12 package (see README / scripts/setup.sh).
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Sql Network Concurrent Qml Svg Test LinguistTools)
find_package(Qt6Keychain REQUIRED)            # Qt6Keychain::Qt6Keychain
find_package(OpenSSL REQUIRED)                # OpenSSL::Crypto (AES-256-GCM with 16-byte IVs, X25519 DER)
find_package(yaml-cpp REQUIRED)               # target `yaml-cpp` on 0.7
find_package(CLI11 CONFIG QUIET)
if(NOT CLI11_FOUND)
  find_path(CLI11_INCLUDE_DIR NAMES CLI/CLI.hpp REQUIRED)
  add_library(CLI11::CLI11 INTERFACE IMPORTED)
  set_target_properties(CLI11::CLI11 PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${CLI11_INCLUDE_DIR}")
endif()
find_package(PkgConfig REQUIRED)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)   # PkgConfig::SODIUM

if(NOORM_BUILD_APP)
  find_library(QSCINTILLA_LIBRARY NAMES qscintilla2_qt6 REQUIRED)
  find_path(QSCINTILLA_INCLUDE_DIR NAMES Qsci/qsciscintilla.h
            PATH_SUFFIXES qt6 x86_64-linux-gnu/qt6 REQUIRED)
  add_library(QScintilla::QScintilla UNKNOWN IMPORTED)
  set_target_properties(QScintilla::QScintilla PROPERTIES
    IMPORTED_LOCATION "${QSCINTILLA_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${QSCINTILLA_INCLUDE_DIR}")
endif()
# Interrupting a running statement needs the client libraries' own calls, which Qt's
# drivers do not expose: sqlite3_interrupt and libpq's PQcancel on the drivers' handles.
find_package(ZLIB REQUIRED)                   # ZLIB::ZLIB: the SQL history's gzipped results, as the original writes them
# libcsv (Debian libcsv-dev): RFC 4180 quoting for `sql --csv`.
find_path(CSV_INCLUDE_DIR csv.h REQUIRED)
find_library(CSV_LIBRARY csv REQUIRED)
add_library(Csv::Csv UNKNOWN IMPORTED)
set_target_properties(Csv::Csv PROPERTIES IMPORTED_LOCATION "${CSV_LIBRARY}" INTERFACE_INCLUDE_DIRECTORIES "${CSV_INCLUDE_DIR}")
find_package(SQLite3 REQUIRED)                # sqlite3.h (the library QSQLITE uses, loaded on first use)
find_package(PostgreSQL REQUIRED)             # libpq-fe.h (libpq, the library QPSQL uses, loaded on first use)
