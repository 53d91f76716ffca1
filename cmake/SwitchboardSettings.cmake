# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the compile settings every Switchboard target shares.

add_library(switchboard_settings INTERFACE)
add_library(Switchboard::settings ALIAS switchboard_settings)

target_compile_features(switchboard_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(switchboard_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    SWITCHBOARD_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(switchboard_settings INTERFACE
        -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor
        -Wcast-align -Woverloaded-virtual -Wshadow=local)
    if(SWITCHBOARD_WARNINGS_AS_ERRORS)
        target_compile_options(switchboard_settings INTERFACE -Werror)
    endif()
    if(SWITCHBOARD_SANITIZERS)
        target_compile_options(switchboard_settings INTERFACE
            -fsanitize=address,undefined -fno-sanitize-recover=undefined
            -fno-omit-frame-pointer)
        target_link_options(switchboard_settings INTERFACE -fsanitize=address,undefined)
        target_compile_definitions(switchboard_settings INTERFACE _GLIBCXX_ASSERTIONS)
    endif()
endif()
