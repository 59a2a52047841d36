# The bench smoke test: runs libreta-bench at 10,000 debtors with few runs and
# checks the harness, not the times: it exits 0, prints the table, and writes
# JSON in which every figure is measured with a floor, or marked with the
# issue that brings it. The growth column is taken from 2,000 debtors timed
# in the same run, just before and just after (as a run at 1,000,000 takes
# it from 10,000): every interactive figure has one, shown but not judged,
# the sizes not being the target's. The portfolio's actions and keystrokes
# are timed after the user's pause, which the JSON and the notes say. Called by CTest with -DBENCH=... -DWORK_DIR=...
cmake_minimum_required(VERSION 3.22)
file(REMOVE_RECURSE "${WORK_DIR}/results")
execute_process(
  COMMAND "${BENCH}" --debtors 10000 --runs 3 --startup-runs 2 --growth-base 2000
          --data-dir "${WORK_DIR}/data" --results-dir "${WORK_DIR}/results"
  RESULT_VARIABLE rc
  OUTPUT_VARIABLE table
  ERROR_VARIABLE messages)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "libreta-bench exited with ${rc}\n${table}\n${messages}")
endif()
if(NOT table MATCHES "\\| figure \\| median \\| p95 \\| floor.*\\| growth 2k→10k \\|")
  message(FATAL_ERROR "no table on stdout, or no growth column from 2,000 debtors:\n${table}")
endif()

file(GLOB results "${WORK_DIR}/results/10000-*.json")
list(LENGTH results found)
if(NOT found EQUAL 1)
  message(FATAL_ERROR "expected one results file, found ${found}: ${results}")
endif()
file(READ "${results}" json)
string(JSON pause GET "${json}" pause_ms)
if(NOT pause EQUAL 30)
  message(FATAL_ERROR "expected the default pause of 30 ms before each portfolio action, found ${pause}")
endif()

set(measured startup_first_paint rss_portfolio_shown portfolio_first_page portfolio_resort portfolio_filter
    search_keystroke agenda_day debtor_file panel_month panel_year next_call post_payment commit_call csv_import)
set(interactive portfolio_first_page portfolio_resort portfolio_filter search_keystroke agenda_day debtor_file panel_month panel_year
    next_call post_payment commit_call)
set(marked "")
string(JSON count LENGTH "${json}" figures)
math(EXPR last "${count} - 1")
set(seen "")
foreach(i RANGE ${last})
  string(JSON id GET "${json}" figures ${i} id)
  string(JSON state GET "${json}" figures ${i} state)
  list(APPEND seen ${id})
  if(id IN_LIST measured)
    if(NOT state STREQUAL "measured")
      string(JSON reason ERROR_VARIABLE none GET "${json}" figures ${i} reason)
      message(FATAL_ERROR "${id} was not measured: ${state} ${reason}")
    endif()
    string(JSON median GET "${json}" figures ${i} median)
    string(JSON floor GET "${json}" figures ${i} floor median)
    if(NOT median GREATER 0 OR NOT floor GREATER 0)
      message(FATAL_ERROR "${id}: median ${median}, floor ${floor}")
    endif()
    if(id IN_LIST interactive)
      string(JSON growth ERROR_VARIABLE none GET "${json}" figures ${i} growth value)
      string(JSON from ERROR_VARIABLE none GET "${json}" figures ${i} growth from_debtors)
      string(JSON before ERROR_VARIABLE none GET "${json}" figures ${i} growth from_median_before)
      string(JSON after ERROR_VARIABLE none GET "${json}" figures ${i} growth from_median_after)
      string(JSON judged ERROR_VARIABLE judged_missing GET "${json}" figures ${i} growth pass)
      if(NOT growth GREATER 0 OR NOT from EQUAL 2000 OR NOT before GREATER 0 OR NOT after GREATER 0
         OR judged_missing STREQUAL "NOTFOUND")
        message(FATAL_ERROR "${id}: growth ${growth} from ${from} debtors, timed ${before} before and "
                            "${after} after (judged: ${judged})")
      endif()
    endif()
    string(JSON detail GET "${json}" figures ${i} detail)
    if(id MATCHES "^(portfolio_|search_)" AND NOT detail MATCHES "each after a pause of 30 ms")
      message(FATAL_ERROR "${id}: the user's pause is not in the notes: ${detail}")
    endif()
    if(detail MATCHES "could not be bound again")
      message(FATAL_ERROR "${id}: the floor did not run the store's prepared statements: ${detail}")
    endif()
  elseif(id IN_LIST marked)
    string(JSON reason GET "${json}" figures ${i} reason)
    if(NOT state STREQUAL "not_measured" OR NOT reason MATCHES "issue")
      message(FATAL_ERROR "${id} should be marked as not measured with its issue: ${state} ${reason}")
    endif()
  else()
    message(FATAL_ERROR "unexpected figure ${id}")
  endif()
endforeach()
foreach(id IN LISTS measured marked)
  if(NOT id IN_LIST seen)
    message(FATAL_ERROR "figure ${id} is missing from the results")
  endif()
endforeach()
message(STATUS "libreta-bench smoke run: ${count} figures written to ${results}")

# The sweep reads every combination of sort, filter and search on the same
# file and lists those slower than a frame (none is expected at 10,000, but
# only its running is checked).
execute_process(
  COMMAND "${BENCH}" --debtors 10000 --sweep --data-dir "${WORK_DIR}/data"
  RESULT_VARIABLE rc
  OUTPUT_VARIABLE sweep
  ERROR_VARIABLE messages)
if(NOT rc EQUAL 0 OR NOT sweep MATCHES "Portfolio sweep, 10000 debtors: [0-9]+ of 2304 combinations")
  message(FATAL_ERROR "libreta-bench --sweep exited with ${rc}\n${sweep}\n${messages}")
endif()
