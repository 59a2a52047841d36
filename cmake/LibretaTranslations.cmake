# The Spanish catalogue covers every layer's tr() strings. It is compiled into
# the libreta_i18n library (resource prefix :/i18n) that the app and the CLI
# link. `cmake --build build --target update_translations` refreshes the .ts
# from the sources; translate what it marks unfinished.
function(libreta_add_translations)
  file(GLOB_RECURSE scanned CONFIGURE_DEPENDS
       ${PROJECT_SOURCE_DIR}/src/*.cpp ${PROJECT_SOURCE_DIR}/src/*.h ${PROJECT_SOURCE_DIR}/ui/*.ui)
  add_library(libreta_i18n STATIC ${PROJECT_SOURCE_DIR}/src/i18n/i18nanchor.cpp)
  target_link_libraries(libreta_i18n PUBLIC Qt6::Core)
  # lupdate reads the include paths of this target: with src/ on them it
  # finds each class's header ("ui/callpanel.h"), so the contexts are the
  # namespaced names tr() uses at run time (libreta::ui::CallPanel), not
  # bare class names no lookup ever matches.
  target_include_directories(libreta_i18n PRIVATE ${PROJECT_SOURCE_DIR}/src)
  qt_add_translations(libreta_i18n
    TS_FILES ${PROJECT_SOURCE_DIR}/resources/translations/libreta_es.ts
    SOURCES ${scanned}
    RESOURCE_PREFIX /i18n
    LUPDATE_OPTIONS -no-obsolete -locations none)

  # English needs no translation but its plurals: "1 debtor", not the
  # sources' "1 debtor(s)". Its catalogue holds the plural messages only
  # (lupdate -pluralonly), compiled beside the Spanish one; the target
  # update_english_plurals refreshes it from the sources.
  set(en_ts ${PROJECT_SOURCE_DIR}/resources/translations/libreta_en.ts)
  # Spain's and the rest of Latin America's words (libreta_es_ES.ts,
  # libreta_es_419.ts) are overlays: each holds only the strings its region
  # words otherwise, and is installed over the base Spanish catalogue.
  set(compiled_qm)
  foreach(catalogue en es_ES es_419)
    set(ts ${PROJECT_SOURCE_DIR}/resources/translations/libreta_${catalogue}.ts)
    set(qm ${CMAKE_CURRENT_BINARY_DIR}/libreta_${catalogue}.qm)
    add_custom_command(OUTPUT ${qm}
      COMMAND $<TARGET_FILE:Qt6::lrelease> -silent ${ts} -qm ${qm}
      DEPENDS ${ts}
      VERBATIM)
    list(APPEND compiled_qm ${qm})
  endforeach()
  qt_add_resources(libreta_i18n "libreta_plurals_and_regions" PREFIX /i18n BASE ${CMAKE_CURRENT_BINARY_DIR} FILES ${compiled_qm})
  # Every scanned source, one per line, for the lupdate runs below.
  set(list_file ${CMAKE_CURRENT_BINARY_DIR}/i18n-sources.txt)
  list(JOIN scanned "\n" scanned_lines)
  file(WRITE ${list_file} "${scanned_lines}\n")
  add_custom_target(update_english_plurals
    COMMAND $<TARGET_FILE:Qt6::lupdate> -pluralonly -no-obsolete -locations none -target-language en
            -I ${PROJECT_SOURCE_DIR}/src @${list_file} -ts ${en_ts}
    VERBATIM)

  # The Spanish catalogue must be complete: a string added to the sources
  # without its translation fails the suite. The check refreshes a copy of
  # the catalogue from the sources, with src/ on the include path as above
  # (the committed file is left alone), and counts what lrelease finds
  # unfinished.
  if(BUILD_TESTING)
    add_test(NAME i18n.spanish_catalogue_is_complete
      COMMAND ${CMAKE_COMMAND}
        -DLUPDATE=$<TARGET_FILE:Qt6::lupdate>
        -DLRELEASE=$<TARGET_FILE:Qt6::lrelease>
        -DTS_FILE=${PROJECT_SOURCE_DIR}/resources/translations/libreta_es.ts
        -DSOURCES_LIST=${list_file}
        -DINCLUDE_DIR=${PROJECT_SOURCE_DIR}/src
        -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/i18n-check
        -P ${PROJECT_SOURCE_DIR}/cmake/CheckCatalogue.cmake)
    add_test(NAME i18n.english_plurals_are_complete
      COMMAND ${CMAKE_COMMAND}
        -DLUPDATE=$<TARGET_FILE:Qt6::lupdate>
        -DLRELEASE=$<TARGET_FILE:Qt6::lrelease>
        -DTS_FILE=${en_ts}
        -DSOURCES_LIST=${list_file}
        -DINCLUDE_DIR=${PROJECT_SOURCE_DIR}/src
        -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/i18n-check-en
        -DLUPDATE_EXTRA=-pluralonly
        -DLANGUAGE_NAME=English
        -DUPDATE_TARGET=update_english_plurals
        -P ${PROJECT_SOURCE_DIR}/cmake/CheckCatalogue.cmake)
  endif()
endfunction()
