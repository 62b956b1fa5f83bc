# cmake -DBINARY_DIR=... -DCPACK_COMMAND=... -DSCRATCH=... -DVERSION=... -P checkpackages.cmake
#
# 1. cpack -G DEB into SCRATCH (the build tree's own _CPack_Packages are left alone)
# 2. checks both packages' control fields and contents
# 3. unpacks them into a fake root and runs <root>/usr/bin/tidewatch --version
# 4. validates the desktop entry and the AppStream metainfo when the validators are installed

foreach(var BINARY_DIR CPACK_COMMAND SCRATCH VERSION)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "checkpackages.cmake needs -D${var}=...")
    endif()
endforeach()

function(run)
    cmake_parse_arguments(ARG "" "WORKING_DIRECTORY;OUTPUT;TIMEOUT" "COMMAND" ${ARGN})
    if(NOT ARG_WORKING_DIRECTORY)
        set(ARG_WORKING_DIRECTORY ${SCRATCH})
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 600)
    endif()
    execute_process(COMMAND ${ARG_COMMAND}
        WORKING_DIRECTORY ${ARG_WORKING_DIRECTORY}
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT ${ARG_TIMEOUT})
    if(NOT rc EQUAL 0)
        list(JOIN ARG_COMMAND " " shown)
        message(FATAL_ERROR "FAILED (${rc}): ${shown}\n--- stdout:\n${out}\n--- stderr:\n${err}")
    endif()
    if(ARG_OUTPUT)
        set(${ARG_OUTPUT} "${out}" PARENT_SCOPE)
    endif()
endfunction()

file(REMOVE_RECURSE ${SCRATCH})
file(MAKE_DIRECTORY ${SCRATCH}/packages ${SCRATCH}/root-console ${SCRATCH}/root-server)

message(STATUS "building the packages with cpack")
run(COMMAND ${CPACK_COMMAND} -G DEB -B ${SCRATCH}/packages --config ${BINARY_DIR}/CPackConfig.cmake
    WORKING_DIRECTORY ${BINARY_DIR})

file(GLOB console_deb ${SCRATCH}/packages/tidewatch_${VERSION}_*.deb)
file(GLOB server_deb ${SCRATCH}/packages/tidewatch-server_${VERSION}_*.deb)
if(NOT console_deb OR NOT server_deb)
    file(GLOB made ${SCRATCH}/packages/*.deb)
    message(FATAL_ERROR "expected tidewatch_${VERSION}_*.deb and tidewatch-server_${VERSION}_*.deb, got: ${made}")
endif()

# Control fields.
foreach(pair "tidewatch|${console_deb}|utils" "tidewatch-server|${server_deb}|net")
    string(REPLACE "|" ";" pair "${pair}")
    list(GET pair 0 name)
    list(GET pair 1 deb)
    list(GET pair 2 section)
    run(COMMAND dpkg-deb --field ${deb} Package Version Maintainer Section Depends Description OUTPUT fields)
    foreach(expected "Package: ${name}\n" "Version: ${VERSION}" "Maintainer: " "Section: ${section}\n"
                     "Depends: " "libqt6sql6-sqlite" "libqt6core6" "Description: ")
        string(FIND "${fields}" "${expected}" at)
        if(at LESS 0)
            message(FATAL_ERROR "${name}: control fields lack \"${expected}\":\n${fields}")
        endif()
    endforeach()
endforeach()

# Contents.
run(COMMAND dpkg-deb -x ${console_deb} ${SCRATCH}/root-console)
run(COMMAND dpkg-deb -x ${server_deb} ${SCRATCH}/root-server)
foreach(file usr/bin/tidewatch usr/bin/tidewatch-camsim usr/bin/tidewatch-bench
             usr/share/applications/tidewatch.desktop
             usr/share/icons/hicolor/scalable/apps/tidewatch.svg
             usr/share/icons/hicolor/256x256/apps/tidewatch.png
             usr/share/metainfo/tidewatch.metainfo.xml)
    if(NOT EXISTS ${SCRATCH}/root-console/${file})
        message(FATAL_ERROR "the tidewatch package lacks /${file}")
    endif()
endforeach()
if(NOT EXISTS ${SCRATCH}/root-server/usr/bin/tidewatch-server)
    message(FATAL_ERROR "the tidewatch-server package lacks /usr/bin/tidewatch-server")
endif()
if(EXISTS ${SCRATCH}/root-server/usr/bin/tidewatch OR EXISTS ${SCRATCH}/root-console/usr/bin/tidewatch-server)
    message(FATAL_ERROR "the console and the server must be in separate packages")
endif()

# The installed console runs (Qt comes from the system, so no LD_LIBRARY_PATH) and knows its version.
message(STATUS "running the installed tidewatch --version")
run(COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen TW_DATA_HOME=${SCRATCH}/home
            ${SCRATCH}/root-console/usr/bin/tidewatch --version
    TIMEOUT 60 OUTPUT version_text)
string(FIND "${version_text}" "tidewatch ${VERSION}" at)
if(at LESS 0)
    message(FATAL_ERROR "tidewatch --version printed \"${version_text}\", expected \"tidewatch ${VERSION}\"")
endif()

find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
if(DESKTOP_FILE_VALIDATE)
    run(COMMAND ${DESKTOP_FILE_VALIDATE} ${SCRATCH}/root-console/usr/share/applications/tidewatch.desktop)
else()
    message(STATUS "desktop-file-validate not installed: desktop entry not validated")
endif()
find_program(APPSTREAMCLI appstreamcli)
if(APPSTREAMCLI)
    run(COMMAND ${APPSTREAMCLI} validate --no-net ${SCRATCH}/root-console/usr/share/metainfo/tidewatch.metainfo.xml)
else()
    message(STATUS "appstreamcli not installed: metainfo not validated")
endif()

file(REMOVE_RECURSE ${SCRATCH})
message(STATUS "packages OK: ${console_deb} ${server_deb}")
