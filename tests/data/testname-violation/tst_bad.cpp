// Fixture for cmake/CheckTestNames.cmake: a test name CTest would split at the semicolon.
TEST_CASE("first part; second part")
{
}
