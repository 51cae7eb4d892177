# cmake -DINPUT=FILE -DOUTPUT=FILE.cpp -DNAMESPACE=ns -DSYMBOL=name -P EmbedText.cmake
# Writes a C++ source that defines `std::string_view ns::name()` returning the bytes of INPUT, so that core (which has
# no Qt resources) reads no data file at run time.
file(READ "${INPUT}" content)
string(FIND "${content}" ")reco_embedded\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw-string delimiter used to embed it")
endif()
file(WRITE "${OUTPUT}.tmp" "// Generated from ${INPUT} by cmake/EmbedText.cmake; do not edit.\n#include <string_view>\n\nnamespace ${NAMESPACE} {\nstd::string_view ${SYMBOL}() {\n  static constexpr std::string_view text = R\"reco_embedded(${content})reco_embedded\";\n  return text;\n}\n}  // namespace ${NAMESPACE}\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
