# Incidents area: replay, plan library, timeline model, reports. Included from tests/models/CMakeLists.txt.
tw_models_test(models_incidents_tests tst_replay*.cpp tst_plan*.cpp tst_timelinemodel*.cpp)
