# Desktop integration files and the Debian package (CPack).
set(CW_APP_ID org.conformanceworkbench.ConformanceWorkbench)
set(CW_PKG_DIR ${PROJECT_SOURCE_DIR}/packaging/linux)

if(UNIX AND NOT APPLE)
    install(FILES ${CW_PKG_DIR}/${CW_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${CW_PKG_DIR}/${CW_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${CW_PKG_DIR}/conformance-workbench-mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/conformance-workbench.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${CW_APP_ID}.svg)
    foreach(size 16 24 32 48 64 128 256)
        install(FILES ${CW_PKG_DIR}/icons/conformance-workbench-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME ${CW_APP_ID}.png)
    endforeach()
    install(FILES ${CW_PKG_DIR}/conformance.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME copyright)
endif()

set(CPACK_PACKAGE_NAME conformance-workbench)
set(CPACK_PACKAGE_VENDOR "The Conformance Workbench developers")
set(CPACK_PACKAGE_CONTACT "The Conformance Workbench developers <dev@conformance-workbench.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Workbench for ISO/IEC 20000-1 certification projects")
set(CPACK_PACKAGE_DESCRIPTION "Gap analysis, document register, internal audits and readiness reports
 for ISO/IEC 20000-1:2018 service management system certification, with ISO/IEC 27001:2022 and
 ISO 9001:2015 catalogs, in Chinese and English. One SQLite workspace file per engagement.")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)        # conformance-workbench_<version>_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)         # runtime libraries from dpkg-shlibdeps
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, fonts-noto-core")
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
set(CPACK_STRIP_FILES ON)
include(CPack)
