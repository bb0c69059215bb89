#ifndef BERTH_CCMARK_SHIM_H
#define BERTH_CCMARK_SHIM_H
#include <cmark.h>
#include <stdlib.h>
#endif
