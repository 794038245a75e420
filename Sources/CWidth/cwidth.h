#ifndef MIGOF_CWIDTH_H
#define MIGOF_CWIDTH_H

#include <stddef.h>
#include <locale.h>
#include <langinfo.h>

/* glibc declares wcwidth only under _XOPEN_SOURCE, which Swift's Glibc module
   does not define, so the symbol is invisible to Swift. Re-declaring it here is
   compatible with the libc definition and needs no extra link flags. */
extern int wcwidth(wchar_t c);

#endif
