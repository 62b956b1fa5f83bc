# tw_add_test(NAME name SOURCES a.cpp b.cpp LIBS tw_models ... [MAIN core|gui|widgets] [LABELS ...])
# One Catch2 executable per test folder; every TEST_CASE becomes its own CTest test.
function(tw_add_test)
    cmake_parse_arguments(ARG "" "NAME;TIMEOUT;MAIN" "SOURCES;LIBS;LABELS" ${ARGN})
    set(main tw_testmain)
    if(ARG_MAIN STREQUAL "gui")
        set(main tw_testmain_gui)
    elseif(ARG_MAIN STREQUAL "widgets")
        set(main tw_testmain_widgets)
    endif()
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE ${main} ${ARG_LIBS})
    target_compile_definitions(${ARG_NAME} PRIVATE
        TW_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        TW_BINARY_DIR="${PROJECT_BINARY_DIR}")
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set(labels ${ARG_LABELS})
    if(NOT labels)
        set(labels unit)
    endif()
    catch_discover_tests(${ARG_NAME}
        TEST_PREFIX "${ARG_NAME}: "
        PROPERTIES
            TIMEOUT ${ARG_TIMEOUT}
            LABELS "${labels}"
            ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;TW_DATA_HOME=${PROJECT_BINARY_DIR}/test-home")
endfunction()
