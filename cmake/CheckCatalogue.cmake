# Run by CTest (see LibretaTranslations.cmake): refreshes a copy of the
# catalogue from the sources and fails when any entry is unfinished, naming
# the first ones so the fix is obvious.
file(MAKE_DIRECTORY ${WORK_DIR})
set(copy ${WORK_DIR}/catalogue.ts)
configure_file(${TS_FILE} ${copy} COPYONLY)
if(NOT LANGUAGE_NAME)
  set(LANGUAGE_NAME Spanish)
endif()
if(NOT UPDATE_TARGET)
  set(UPDATE_TARGET update_translations)
endif()
execute_process(
  COMMAND ${LUPDATE} ${LUPDATE_EXTRA} -no-obsolete -locations none -I ${INCLUDE_DIR} @${SOURCES_LIST} -ts ${copy}
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${rc}):\n${out}\n${err}")
endif()
execute_process(
  COMMAND ${LRELEASE} ${copy} -qm ${WORK_DIR}/catalogue.qm
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lrelease failed (${rc}):\n${out}\n${err}")
endif()
string(REGEX MATCH "\\(([0-9]+) finished" counts "${out}${err}")
if(NOT counts)
  message(FATAL_ERROR "Could not read lrelease's counts:\n${out}\n${err}")
endif()
set(finished ${CMAKE_MATCH_1})
# Counted in the refreshed copy itself: lrelease reports an empty
# translation apart ("Ignored 1 untranslated source text"), not as unfinished.
file(READ ${copy} text)
string(REGEX MATCHALL "type=\"unfinished\"" marks "${text}")
list(LENGTH marks unfinished)
if(NOT unfinished EQUAL 0)
  string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*(<comment>[^<]*</comment>[ \n]*)?<translation type=\"unfinished\"" missing "${text}")
  list(SUBLIST missing 0 10 first)
  string(REPLACE ";" "\n" first "${first}")
  get_filename_component(ts_name ${TS_FILE} NAME)
  message(FATAL_ERROR "${unfinished} string(s) have no ${LANGUAGE_NAME} translation. Run "
    "`cmake --build build --target ${UPDATE_TARGET}` and translate them in "
    "resources/translations/${ts_name}. The first ones:\n${first}")
endif()
message(STATUS "${LANGUAGE_NAME} catalogue complete: ${finished} strings")
