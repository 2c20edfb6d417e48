# SPDX-License-Identifier: EUPL-1.2
# The Debian package (CPack DEB), included by the top-level CMakeLists.txt when
# PACTESUR_PACKAGING is on: `cmake --build build/release --target package` (or
# `tools/dev package`) writes build/release/pactesur_<version>_<arch>.deb.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME pactesur)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "PACTESUR 2 partnership")
set(CPACK_PACKAGE_CONTACT "${PACTESUR_MAINTAINER}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "coordination app for the partner cities of PACTESUR 2")
# Lines of at most 80 characters: CPack indents them, it does not wrap them.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Pactesur keeps the partnership of the EU project PACTESUR 2 in one local"
    "SQLite file: cities and their police forces, organisations, contacts, working"
    "groups, activities, shared resources and practice sheets. Each city works"
    "offline and exchanges signed and encrypted packages with the coordinator, by"
    "hand or through a WebDAV mailbox. The desktop app speaks 14 languages;"
    "pactesur-cli works on the same file from scripts.")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PACTESUR_PUBLIC_URL}")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Libraries the programs link are found by dpkg-shlibdeps; what Qt loads at run time is
# not linked, so it is named here: the SQLite driver, the SVG icon engine and image plugin
# (in libqt6svg6 on Debian 12), the X11/Wayland platform plugins, and Qt's own translations
# that the standard dialogs use (Translations::install loads them from Qt's folder).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6svg6, qt6-qpa-plugins, qt6-translations-l10n")
# The mime and desktop databases are refreshed by the triggers of shared-mime-info and
# desktop-file-utils, as for any package: no maintainer scripts.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
include(CPack)
