/* Two hot loops of the fast path in C; ``normalise.py`` and ``model.py`` hold the Python
   definitions they follow, used where the package was built without a C compiler, and tests
   compare the two.

   ``plain_tokens(folded, Token)`` splits folded text into word tokens as ``normalise._TOKEN``
   does, each made as a plain word (``Token(start, end, raw, raw, "", False)``), with the
   indices of the tokens that are not all letters (the caller strips or de-leets those).

   ``counted_features(words, known, dim)`` gives what ``model.counted_ids(words)`` gives in
   Python: for each word its id, then (unless it is a known word) the ids of the 3-, 4- and
   5-character n-grams of " word ", then the ids of the word bigrams, each id the CRC-32 of its
   UTF-8 text masked to ``dim`` buckets; returned as the sorted distinct ids and how often each
   occurs (two bytes objects of native uint32). The caller cuts ``words`` to the words the
   model reads. ``known`` holds the sorted CRC-32s of known words (uint32, possibly empty). */

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static uint32_t crc_table[256];

static void crc_init(void) {
    for (uint32_t n = 0; n < 256; n++) {
        uint32_t c = n;
        for (int k = 0; k < 8; k++) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc_table[n] = c;
    }
}

/* zlib's crc32(data, crc): continue a CRC-32 over more bytes */
static uint32_t crc_more(uint32_t crc, const char *data, Py_ssize_t len) {
    crc = ~crc;
    for (Py_ssize_t i = 0; i < len; i++) crc = crc_table[(crc ^ (uint8_t)data[i]) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

typedef struct {
    uint32_t *ids;
    Py_ssize_t n, cap;
} Ids;

static int ids_add(Ids *a, uint32_t id) {
    if (a->n == a->cap) {
        Py_ssize_t cap = a->cap ? a->cap * 2 : 1024;
        uint32_t *grown = realloc(a->ids, (size_t)cap * sizeof(uint32_t));
        if (!grown) return -1;
        a->ids = grown;
        a->cap = cap;
    }
    a->ids[a->n++] = id;
    return 0;
}

static int in_known(const uint32_t *known, Py_ssize_t n, uint32_t crc) {
    Py_ssize_t lo = 0, hi = n;
    while (lo < hi) {
        Py_ssize_t mid = lo + (hi - lo) / 2;
        if (known[mid] < crc) lo = mid + 1;
        else hi = mid;
    }
    return lo < n && known[lo] == crc;
}

/* model._is_known: the word, or the word less a plural / -ed / -ing / -er ending, when at
   least three characters are left */
static int is_known(const uint32_t *known, Py_ssize_t n_known, const char *w, Py_ssize_t len,
                    Py_ssize_t n_chars) {
    static const char *suffixes[] = {"s", "es", "ed", "d", "ing", "er", "ers"};
    if (in_known(known, n_known, crc_more(0, w, len))) return 1;
    for (size_t k = 0; k < sizeof suffixes / sizeof *suffixes; k++) {
        Py_ssize_t s = (Py_ssize_t)strlen(suffixes[k]);
        if (len >= s && n_chars - s >= 3 && memcmp(w + len - s, suffixes[k], (size_t)s) == 0 &&
            in_known(known, n_known, crc_more(0, w, len - s)))
            return 1;
    }
    return 0;
}

/* the ids of the 3-, 4- and 5-character n-grams of " w " (characters, not bytes) */
static int add_ngrams(Ids *out, const char *w, Py_ssize_t len, uint32_t mask) {
    char stack_padded[256];
    Py_ssize_t stack_starts[258];
    char *padded = len + 2 <= (Py_ssize_t)sizeof stack_padded ? stack_padded : malloc((size_t)len + 2);
    Py_ssize_t *starts = len + 3 <= 258 ? stack_starts : malloc(((size_t)len + 3) * sizeof(Py_ssize_t));
    int rc = 0;
    if (!padded || !starts) {
        rc = -1;
        goto done;
    }
    padded[0] = ' ';
    memcpy(padded + 1, w, (size_t)len);
    padded[len + 1] = ' ';
    Py_ssize_t n_chars = 0;  /* where each character starts, and the end */
    for (Py_ssize_t i = 0; i < len + 2; i++)
        if (((uint8_t)padded[i] & 0xC0) != 0x80) starts[n_chars++] = i;
    starts[n_chars] = len + 2;
    /* the n-grams starting at one character share their first characters: one CRC over up
       to five characters gives the ids of the 3-, 4- and 5-gram there */
    for (Py_ssize_t i = 0; i + 3 <= n_chars && rc == 0; i++) {
        uint32_t crc = crc_more(0, padded + starts[i], starts[i + 3] - starts[i]);
        rc = ids_add(out, crc & mask);
        for (Py_ssize_t k = 4; k <= 5 && i + k <= n_chars && rc == 0; k++) {
            crc = crc_more(crc, padded + starts[i + k - 1], starts[i + k] - starts[i + k - 1]);
            rc = ids_add(out, crc & mask);
        }
    }
done:
    if (padded && padded != stack_padded) free(padded);
    if (starts && starts != stack_starts) free(starts);
    return rc;
}

/* sorts ids below 2**20 (two passes of ten bits) */
static int radix_sort(uint32_t *a, Py_ssize_t n) {
    uint32_t *tmp = malloc((size_t)(n ? n : 1) * sizeof(uint32_t));
    if (!tmp) return -1;
    for (int shift = 0; shift < 20; shift += 10) {
        Py_ssize_t count[1025] = {0};
        for (Py_ssize_t i = 0; i < n; i++) count[((a[i] >> shift) & 1023) + 1]++;
        for (int b = 0; b < 1024; b++) count[b + 1] += count[b];
        for (Py_ssize_t i = 0; i < n; i++) tmp[count[(a[i] >> shift) & 1023]++] = a[i];
        memcpy(a, tmp, (size_t)n * sizeof(uint32_t));
    }
    free(tmp);
    return 0;
}

static PyObject *counted_features(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *words;
    Py_buffer known;
    unsigned long dim;
    if (!PyArg_ParseTuple(args, "O!y*k", &PyList_Type, &words, &known, &dim)) return NULL;
    if (dim == 0 || dim > (1ul << 20) || (dim & (dim - 1)) || known.len % sizeof(uint32_t)) {
        PyBuffer_Release(&known);
        return PyErr_Format(PyExc_ValueError, "dim must be a power of two up to 2**20");
    }
    const uint32_t *known_crcs = known.buf;
    Py_ssize_t n_known = known.len / (Py_ssize_t)sizeof(uint32_t);
    uint32_t mask = (uint32_t)dim - 1;
    Py_ssize_t n = PyList_GET_SIZE(words);
    Ids ids = {NULL, 0, 0};
    PyObject *result = NULL;
    const char *prev = NULL;
    Py_ssize_t prev_len = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *word = PyList_GET_ITEM(words, i);
        if (!PyUnicode_Check(word)) {
            PyErr_SetString(PyExc_TypeError, "words must be strings");
            goto fail;
        }
        Py_ssize_t len;
        const char *w = PyUnicode_AsUTF8AndSize(word, &len);
        if (!w) goto fail;
        if (ids_add(&ids, crc_more(crc_more(0, "w:", 2), w, len) & mask) < 0) goto nomem;
        if (!(n_known && is_known(known_crcs, n_known, w, len, PyUnicode_GET_LENGTH(word))) &&
            add_ngrams(&ids, w, len, mask) < 0)
            goto nomem;
        if (prev) {  /* the bigram "b:prev w" */
            uint32_t crc = crc_more(crc_more(crc_more(0, "b:", 2), prev, prev_len), " ", 1);
            if (ids_add(&ids, crc_more(crc, w, len) & mask) < 0) goto nomem;
        }
        prev = w;
        prev_len = len;
    }
    if (n == 0 && ids_add(&ids, crc_more(0, "<empty>", 7) & mask) < 0) goto nomem;
    if (radix_sort(ids.ids, ids.n) < 0) goto nomem;
    Py_ssize_t distinct = 0;  /* run-length in place: ids[j] with counts[j] */
    uint32_t *counts = malloc((size_t)(ids.n ? ids.n : 1) * sizeof(uint32_t));
    if (!counts) goto nomem;
    for (Py_ssize_t i = 0; i < ids.n; i++) {
        if (distinct && ids.ids[distinct - 1] == ids.ids[i]) {
            counts[distinct - 1]++;
        } else {
            ids.ids[distinct] = ids.ids[i];
            counts[distinct++] = 1;
        }
    }
    result = Py_BuildValue("(y#y#)", (const char *)ids.ids, distinct * (Py_ssize_t)sizeof(uint32_t),
                           (const char *)counts, distinct * (Py_ssize_t)sizeof(uint32_t));
    free(counts);
    goto done;
nomem:
    PyErr_NoMemory();
fail:
    result = NULL;
done:
    free(ids.ids);
    PyBuffer_Release(&known);
    return result;
}

/* normalise._TOKEN: [C]*[a-z0-9][C]*(?:'[a-z]+)* | [@$][D]+, with C the letters, digits and
   the symbols that stand for letters, D the same less + and the currency signs */
static int is_alnum(Py_UCS4 c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }
static int is_d(Py_UCS4 c) { return is_alnum(c) || c == '@' || c == '$' || c == '!' || c == '|' || c == '*'; }
static int is_c(Py_UCS4 c) { return is_d(c) || c == '+' || c == 0x20AC || c == 0xA3; }

static int add_token(PyObject *out, PyObject *mixed, PyObject *text, PyTypeObject *token_type, Py_ssize_t start,
                     Py_ssize_t end, int letters_only) {
    PyObject *raw = PyUnicode_Substring(text, start, end);
    if (!raw) return -1;
    PyObject *token = token_type->tp_alloc(token_type, 6);
    if (!token) {
        Py_DECREF(raw);
        return -1;
    }
    PyTuple_SET_ITEM(token, 0, PyLong_FromSsize_t(start));
    PyTuple_SET_ITEM(token, 1, PyLong_FromSsize_t(end));
    Py_INCREF(raw);
    PyTuple_SET_ITEM(token, 2, raw);
    PyTuple_SET_ITEM(token, 3, raw);
    PyTuple_SET_ITEM(token, 4, PyUnicode_New(0, 0));
    Py_INCREF(Py_False);
    PyTuple_SET_ITEM(token, 5, Py_False);
    if (!PyTuple_GET_ITEM(token, 0) || !PyTuple_GET_ITEM(token, 1) || !PyTuple_GET_ITEM(token, 4)) {
        Py_DECREF(token);
        return -1;
    }
    int rc = 0;
    if (!letters_only) {
        PyObject *index = PyLong_FromSsize_t(PyList_GET_SIZE(out));
        rc = index ? PyList_Append(mixed, index) : -1;
        Py_XDECREF(index);
    }
    if (rc == 0) rc = PyList_Append(out, token);
    Py_DECREF(token);
    return rc;
}

static PyObject *plain_tokens(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *text;
    PyTypeObject *token_type;
    if (!PyArg_ParseTuple(args, "UO!", &text, &PyType_Type, &token_type)) return NULL;
    if (!PyType_IsSubtype(token_type, &PyTuple_Type))
        return PyErr_Format(PyExc_TypeError, "Token must be a tuple type");
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    PyObject *out = PyList_New(0), *mixed = PyList_New(0);
    if (!out || !mixed) goto fail;
    Py_ssize_t p = 0;
    while (p < n) {
        if (!is_c(PyUnicode_READ(kind, data, p))) {
            p++;
            continue;
        }
        Py_ssize_t r = p;  /* the run of C characters from p, and whether it has a letter or digit */
        int has_alnum = 0, letters_only = 1;
        for (; r < n; r++) {
            Py_UCS4 c = PyUnicode_READ(kind, data, r);
            if (!is_c(c)) break;
            has_alnum |= is_alnum(c);
            letters_only &= c >= 'a' && c <= 'z';
        }
        if (has_alnum) {
            while (r + 1 < n && PyUnicode_READ(kind, data, r) == '\'' && PyUnicode_READ(kind, data, r + 1) >= 'a' &&
                   PyUnicode_READ(kind, data, r + 1) <= 'z') {
                letters_only = 0;  /* an apostrophe: not all letters */
                r += 2;
                while (r < n && PyUnicode_READ(kind, data, r) >= 'a' && PyUnicode_READ(kind, data, r) <= 'z') r++;
            }
            if (add_token(out, mixed, text, token_type, p, r, letters_only) < 0) goto fail;
            p = r;
            continue;
        }
        /* no letter or digit in the run: only "@" or "$" before more symbols starts a token */
        while (p < r) {
            Py_UCS4 c = PyUnicode_READ(kind, data, p);
            Py_ssize_t e = p + 1;
            if (c == '@' || c == '$')
                while (e < r && is_d(PyUnicode_READ(kind, data, e))) e++;
            if (e > p + 1 && add_token(out, mixed, text, token_type, p, e, 0) < 0) goto fail;
            p = e;
        }
    }
    PyObject *result = Py_BuildValue("(NN)", out, mixed);
    return result;
fail:
    Py_XDECREF(out);
    Py_XDECREF(mixed);
    return NULL;
}

static PyMethodDef methods[] = {
    {"plain_tokens", plain_tokens, METH_VARARGS,
     "plain_tokens(folded, Token) -> (tokens, mixed): the word tokens, each made as a plain word, "
     "and the indices of those that are not all letters"},
    {"counted_features", counted_features, METH_VARARGS,
     "counted_features(words, known, dim) -> (ids, counts): sorted distinct feature ids and "
     "their counts, each as bytes of native uint32"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_native", NULL, -1, methods, NULL, NULL, NULL, NULL};

PyMODINIT_FUNC PyInit__native(void) {
    crc_init();
    return PyModule_Create(&module);
}
