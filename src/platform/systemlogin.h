#pragma once

#include <QString>

namespace libreta::platform {

// The login of whoever runs the program, as the environment names it
// (USER, USERNAME, LOGNAME), else the home folder's name: who the desk and
// the command line take to be at work when the office lists that login.
QString systemLogin();

} // namespace libreta::platform
