# Incidents area: replay, plan library, reports. Included from tests/models/CMakeLists.txt.
tw_models_test(models_incidents_tests tst_replay*.cpp tst_plan*.cpp)
