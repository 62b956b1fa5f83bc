#include "syncprotocol.h"
