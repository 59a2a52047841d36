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
endfunction()
