# Fails when a Catch2 test name contains a semicolon: CTest splits such a name in two and the
# test is never run ("No test cases matched").
# Usage: cmake -DROOT=<tests folder> -P CheckTestNames.cmake
if(NOT ROOT)
    message(FATAL_ERROR "ROOT is not set")
endif()
file(GLOB_RECURSE sources "${ROOT}/*.cpp")
if(NOT ROOT MATCHES "/data/")
    list(FILTER sources EXCLUDE REGEX "/tests/data/") # fixtures, this check's own among them
endif()
set(bad "")
foreach(source IN LISTS sources)
    file(READ "${source}" text)
    string(REGEX MATCHALL "TEST_CASE\\(\"[^\"\n]*;[^\"\n]*\"" found "${text}")
    if(found)
        string(APPEND bad "\n  ${source}")
    endif()
endforeach()
if(bad)
    message(FATAL_ERROR "a TEST_CASE name contains ';' (CTest would never run that test):${bad}")
endif()
