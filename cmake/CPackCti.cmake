# CPack configuration of the cti packages (included from packaging/CMakeLists.txt, which defines
# the install components and CTI_PACKAGE_COMPONENTS, CTI_PACKAGE_VERSION, CTI_PACKAGE_RELEASE).
#   Linux:   three .deb packages (cti-server, cti-agent, cti-supervisor): `./ctl package`
#   Windows: one MSI with the two desktops as features (WiX 3): packaging/README.md
# Both read the same install() rules.

set(CPACK_PACKAGE_NAME cti)
set(CPACK_PACKAGE_VENDOR "cti")
set(CPACK_PACKAGE_CONTACT "${CTI_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${CTI_PACKAGE_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "cti")
set(CPACK_COMPONENTS_ALL ${CTI_PACKAGE_COMPONENTS})
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DIRECTORY "${CMAKE_BINARY_DIR}/packages")

set(CPACK_COMPONENT_SERVER_DISPLAY_NAME "cti-server")
set(CPACK_COMPONENT_AGENT_DISPLAY_NAME "cti Agent Desktop")
set(CPACK_COMPONENT_SUPERVISOR_DISPLAY_NAME "cti Supervisor Desktop")

if(WIN32)
  # --- MSI (WiX 3 toolset: candle and light on PATH, or CPACK_WIX_ROOT) -------------------------
  # The desktops and the Qt runtime that windeployqt gathers next to them (its own hidden,
  # always-installed feature, since both desktops share it). The server is not built on Windows.
  set(CPACK_GENERATOR WIX)
  set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "cti agent and supervisor desktops")
  set(CPACK_COMPONENTS_ALL agent supervisor qtruntime)
  foreach(app agent supervisor)
    if(TARGET cti-${app})
      qt_generate_deploy_app_script(TARGET cti-${app} FILENAME_VARIABLE cti_deploy_${app}
                                    NO_UNSUPPORTED_PLATFORM_ERROR)
      install(SCRIPT ${cti_deploy_${app}} COMPONENT qtruntime)
    endif()
  endforeach()
  set(CPACK_COMPONENT_QTRUNTIME_DISPLAY_NAME "Qt runtime")
  set(CPACK_COMPONENT_QTRUNTIME_HIDDEN ON)
  set(CPACK_COMPONENT_QTRUNTIME_REQUIRED ON)
  set(CPACK_COMPONENT_AGENT_DESCRIPTION "Agent softphone desktop (座席桌面)")
  set(CPACK_COMPONENT_SUPERVISOR_DESCRIPTION "Supervisor monitoring wall (班长监控墙)")
  # Never change it: Windows Installer finds the installed version to upgrade by this code.
  # The same code is in packaging/windows/cti-desktops.wxs.
  set(CPACK_WIX_UPGRADE_GUID "6F1C2B4E-3A5D-4C8E-9B7A-2D1E0F3C5A71")
  set(CPACK_WIX_PROGRAM_MENU_FOLDER "cti")
  set(CPACK_PACKAGE_EXECUTABLES "cti-agent;cti Agent Desktop;cti-supervisor;cti Supervisor Desktop")
  # An MSI's ProductVersion is numeric (a.b.c) and an upgrade needs a higher one: on Windows a
  # newer build means a higher CTI_PACKAGE_VERSION; the release number only names the file.
  set(CPACK_PACKAGE_FILE_NAME "cti-desktops-${CTI_PACKAGE_VERSION}-${CTI_PACKAGE_RELEASE}-win64")
else()
  # --- Debian packages ----------------------------------------------------------------------
  set(CPACK_GENERATOR DEB)
  set(CPACK_DEB_COMPONENT_INSTALL ON)
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # name_version-release_arch.deb
  set(CPACK_DEBIAN_PACKAGE_RELEASE "${CTI_PACKAGE_RELEASE}")
  set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CTI_PACKAGE_MAINTAINER}")
  set(CPACK_DEBIAN_PACKAGE_SECTION comm)
  set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
  # dpkg-shlibdeps names the shared-library packages each binary links (Qt, sofia-sip, spandsp,
  # OpenSSL, ...); the Depends below are only what it cannot see.
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
  # Maintainer scripts 0755 and control files 0644, as dpkg and lintian expect.
  set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)

  set(CPACK_DEBIAN_SERVER_PACKAGE_NAME cti-server)
  # adduser: postinst creates the system user; espeak-ng: run at run time for IVR prompts and
  # queue announcements (Chinese voice "cmn" and English "en", both in espeak-ng-data).
  set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "adduser, espeak-ng")
  # ghostscript: faxing a PDF converts it to TIFF-F on the way (gs is run only then).
  set(CPACK_DEBIAN_SERVER_PACKAGE_RECOMMENDS "ghostscript")
  # sqlite3: to look into the database; the server itself links libsqlite3.
  set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "sqlite3")
  set(CPACK_DEBIAN_SERVER_DESCRIPTION "contact-center server: SIP, queues, IVR, desktop gateway
cti-server runs a hotline: SIP registrar and back-to-back user agent for
agent phones and trunks, media relay with DTMF, ACD queues with skills,
an IVR whose prompts are spoken by espeak-ng, call records in SQLite, and
the TLS gateway the agent and supervisor desktops connect to.
.
This package runs it as the systemd service cti-server (system user cti,
data in /var/lib/cti-server, logs in the journal, configuration in
/etc/cti-server). It also holds cti-cli, the command-line client.")
  # conffiles: /etc/cti-server/cti-server.toml (CPack marks nothing by itself).
  set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
      "${PROJECT_SOURCE_DIR}/packaging/debian/conffiles;${PROJECT_SOURCE_DIR}/packaging/debian/postinst;${PROJECT_SOURCE_DIR}/packaging/debian/prerm;${PROJECT_SOURCE_DIR}/packaging/debian/postrm")

  # The desktops' own .qm catalogs are inside the binaries; Qt's (qtbase_zh_CN.qm: the standard
  # dialogs' buttons in Chinese) come from qt6-translations-l10n.
  set(CPACK_DEBIAN_AGENT_PACKAGE_NAME cti-agent)
  set(CPACK_DEBIAN_AGENT_PACKAGE_RECOMMENDS "qt6-translations-l10n")
  # Chinese first: without a CJK font every Chinese string is drawn as empty boxes.
  set(CPACK_DEBIAN_AGENT_PACKAGE_DEPENDS "fonts-wqy-microhei | fonts-noto-cjk")
  set(CPACK_DEBIAN_SUPERVISOR_PACKAGE_DEPENDS "fonts-wqy-microhei | fonts-noto-cjk")
  set(CPACK_DEBIAN_AGENT_DESCRIPTION "contact-center agent desktop (softphone control)
cti-agent is the agent desktop of the cti contact center: sign in to
queues, ready and not ready with reasons, answer, hold, transfer,
consult and conference calls on the agent's SIP phone, the screen pop
with the caller's customer record and what they keyed in the IVR, work
orders (create, workbench, the workflow's actions), the knowledge base,
call history, voicemail and the announcements.
.
It connects to cti-server over TLS. Chinese (zh_CN) and English.")

  set(CPACK_DEBIAN_SUPERVISOR_PACKAGE_NAME cti-supervisor)
  set(CPACK_DEBIAN_SUPERVISOR_PACKAGE_RECOMMENDS "qt6-translations-l10n")
  set(CPACK_DEBIAN_SUPERVISOR_DESCRIPTION "contact-center supervisor desktop (monitoring wall)
cti-supervisor is the team leader's desktop of the cti contact center:
the monitoring wall with every agent's status, state, reason and time
in state, and the queues with their waiting callers.
.
It connects to cti-server over TLS. Chinese (zh_CN) and English.")
endif()

include(CPack)
