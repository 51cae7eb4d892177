# Installation of what the GUI needs besides the executables (resources/), hardening of the shipped code, and the
# Debian package: `cmake --build --preset release --target package` (or `cpack -G DEB` in a build directory) writes
# recoengine_<version>_amd64.deb. Included once, at the end of the top-level CMakeLists.txt.
#
# lintian (2.116, Debian 12) on the package: no errors and no warnings. packaging/check-package.sh fails on any error.
# The info-level tags left (lintian -I), and why:
#   - hardening-no-fortify-functions: -D_FORTIFY_SOURCE is left out, see the hardening section below.
#   - binary-has-unneeded-section .comment: CPack strips with plain `strip`, which keeps the compiler's version note.
#   - spelling-error-in-binary (Tage, exemple, autor, invalide, serie, ...): words of the embedded German, French and
#     Spanish translations, which lintian's English word list takes for misspellings.
include(GNUInstallDirs)

set(RECO_PACKAGE_NAME recoengine)
# The project's home is project(HOMEPAGE_URL); the metainfo's screenshots are the repository's own files there.
set(RECO_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
set(RECO_SCREENSHOT_BASE ${RECO_HOMEPAGE}/raw/main/resources/screenshots)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "The RecoEngine authors <recoengine@users.noreply.github.com>")

# --- Hardening of the code that ships (the executables and the project's libraries they link), as Debian's
# dpkg-buildflags would: stack protector, stack-clash protection, CET, full RELRO with immediate binding (PIE is
# g++'s default on Debian). Off under the sanitizers. Not -D_FORTIFY_SOURCE=2: with it, g++ 12 at -O3 reports a
# false -Wrestrict on std::string's operator+ (GCC bug 105651; it hit app/cli/HelpText.cpp), which -Werror turns
# into a build failure; lintian only notes its absence (hardening-no-fortify-functions is an I: tag).
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
    target_compile_options(${t} PRIVATE -fstack-protector-strong -fstack-clash-protection -fcf-protection)
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
# Qt's own strings (standard buttons, file dialogs) in German, French and Spanish are .qm files Qt loads at run time,
# which no ELF need names: recommended, since the app works without them (in English).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
