# Installation of what the GUI needs besides the executables (resources/), hardening of the shipped code, and the
# Debian package: `cmake --build --preset release --target package` (or `cpack -G DEB` in a build directory) writes
# recoengine_<version>_amd64.deb. Included once, at the end of the top-level CMakeLists.txt.
#
# lintian warnings left on the package, and why (packaging/check-package.sh fails on any error):
#   - no-manual-page (recoengine, recoengine-cli): only while the man pages are not installed yet by app/.
#   - initial-upload-closes-no-bugs: the changelog's only entry closes no Debian bug; the package is not in Debian.
#   - no-copyright-file / changelog tags do not apply: both are installed below.
include(GNUInstallDirs)

set(RECO_PACKAGE_NAME recoengine)
# The project's home: from project(HOMEPAGE_URL) when given there.
if(PROJECT_HOMEPAGE_URL)
  set(RECO_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
else()
  set(RECO_HOMEPAGE https://github.com/recoengine/recoengine)
endif()
set(RECO_SCREENSHOT_BASE ${RECO_HOMEPAGE}/raw/main/resources/screenshots)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "The RecoEngine authors <recoengine@users.noreply.github.com>")

# --- Hardening of the code that ships (the executables and the project's libraries they link), as Debian's
# dpkg-buildflags would: stack protector, fortified libc calls (needs optimisation, so not in Debug builds),
# stack-clash protection, CET, full RELRO with immediate binding. Off under the sanitizers.
option(RECO_HARDEN "Build the installed executables with Debian's hardening flags" ON)
function(reco_shipped_targets out)
  set(seen "")
  set(queue ${ARGN})
  while(queue)
    list(POP_FRONT queue t)
    if(NOT TARGET ${t} OR t IN_LIST seen)
      continue()
    endif()
    get_target_property(imported ${t} IMPORTED)
    get_target_property(aliased ${t} ALIASED_TARGET)
    if(imported OR aliased)
      continue()
    endif()
    list(APPEND seen ${t})
    get_target_property(links ${t} LINK_LIBRARIES)
    if(links)
      list(APPEND queue ${links})
    endif()
  endwhile()
  set(${out} ${seen} PARENT_SCOPE)
endfunction()
if(RECO_HARDEN AND NOT RECO_SANITIZE)
  set(shipped recoengine-cli)
  if(TARGET recoengine)
    list(APPEND shipped recoengine)
  endif()
  reco_shipped_targets(hardened ${shipped})
  foreach(t IN LISTS hardened)
    target_compile_options(${t} PRIVATE -fstack-protector-strong -fstack-clash-protection -fcf-protection
                           $<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=2>)
  endforeach()
  foreach(t IN LISTS shipped)
    target_link_options(${t} PRIVATE LINKER:-z,relro LINKER:-z,now)
  endforeach()
endif()

# --- Desktop integration and Debian's documentation files.
if(RECO_BUILD_UI)
  add_subdirectory(${PROJECT_SOURCE_DIR}/resources ${PROJECT_BINARY_DIR}/resources)
endif()
set(RECO_DEB_DOCDIR ${CMAKE_INSTALL_DATAROOTDIR}/doc/${RECO_PACKAGE_NAME})
# A package without a Debian revision is native to Debian's tools: its changelog is changelog.gz (gzip -9n).
configure_file(${PROJECT_SOURCE_DIR}/packaging/debian/changelog.in ${PROJECT_BINARY_DIR}/packaging/changelog @ONLY)
add_custom_command(OUTPUT ${PROJECT_BINARY_DIR}/packaging/changelog.gz
  COMMAND gzip -9nc ${PROJECT_BINARY_DIR}/packaging/changelog > ${PROJECT_BINARY_DIR}/packaging/changelog.gz
  DEPENDS ${PROJECT_BINARY_DIR}/packaging/changelog
  COMMENT "Compressing the Debian changelog")
add_custom_target(recoengine_changelog ALL DEPENDS ${PROJECT_BINARY_DIR}/packaging/changelog.gz)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/debian/copyright ${PROJECT_BINARY_DIR}/packaging/changelog.gz
        DESTINATION ${RECO_DEB_DOCDIR})

# --- The Debian package.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ${RECO_PACKAGE_NAME})
set(CPACK_PACKAGE_VENDOR "The RecoEngine authors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "workbench for running a recommendation system")
set(CPACK_PACKAGE_DESCRIPTION
"RecoEngine imports recommendation interaction logs (impressions, clicks,
purchases, ratings) into a single SQLite project file. Analysts read
dashboards of click-through rate, conversions and revenue with A/B
comparisons; curators pin, ban, boost or bury items for user segments and
export versioned rule sets; data people train and evaluate recommender
models (popularity, item-kNN, iALS, BPR, EASE).
.
This package contains the Qt desktop application recoengine and the
headless command-line tool recoengine-cli.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${RECO_HOMEPAGE})
# Run-time dependencies come from the executables' ELF needs (dpkg-shlibdeps), never by hand.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
