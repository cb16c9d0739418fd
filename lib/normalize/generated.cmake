# Tables generated at build time from ICU's locale data, so that run-time
# lookups need no locale loading and hold no mutable state. Each generator
# is a host program linked against ICU and libaka's own key folding, so the
# keys it writes are exactly the keys the run-time lookup computes.
include(${CMAKE_CURRENT_LIST_DIR}/gen_months.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/gen_countries.cmake OPTIONAL)
