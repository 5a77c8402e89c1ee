# Warnings, sanitizers and Qt strictness shared by every target of the project.
add_library(cw_warnings INTERFACE)
target_compile_options(cw_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
    -Wshadow=local -Wimplicit-fallthrough)
if(CW_WERROR)
    target_compile_options(cw_warnings INTERFACE -Werror)
endif()

if(CW_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

# Qt code in report/, ui/ and app/ follows these.
add_library(cw_qt_strict INTERFACE)
target_compile_definitions(cw_qt_strict INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
