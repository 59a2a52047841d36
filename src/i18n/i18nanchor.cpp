// libreta_i18n is a library of compiled translations only; a static library
// needs at least one object file to exist.
namespace libreta::platform {
int i18nAnchor() { return 0; }
} // namespace libreta::platform
