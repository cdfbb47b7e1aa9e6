# Warnings and sanitizers for every target of the project (not for third-party code).
add_library(cti_options INTERFACE)
target_compile_options(cti_options INTERFACE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
if(CTI_SANITIZE)
  target_compile_options(cti_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                         -fno-sanitize-recover=undefined)
  target_link_options(cti_options INTERFACE -fsanitize=address,undefined)
endif()
# Boost 1.74 with gcc 12 in C++20+: <utility> must precede <boost/asio.hpp> (see TOOLCHAIN.md);
# forcing it first in every translation unit keeps that rule out of every file.
target_compile_options(cti_options INTERFACE "SHELL:-include utility")
target_compile_definitions(cti_options INTERFACE BOOST_ASIO_NO_DEPRECATED)
