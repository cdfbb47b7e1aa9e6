# Writes a C++ file defining `const char* const NAME` holding a text file as a raw string.
# Called with -DIN= -DOUT= -DNAME= -DNAMESPACE=.
file(READ ${IN} text)
file(WRITE ${OUT}.tmp "// Generated from ${IN} by cmake/EmbedText.cmake; do not edit.
namespace ${NAMESPACE} {
extern const char* const ${NAME};
const char* const ${NAME} = R\"cti_text(${text})cti_text\";
}  // namespace ${NAMESPACE}
")
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)
