// bm25_sampled: FTS5's bm25 ranking with each phrase's document frequency estimated from a sample.
//
// Why: FTS5's own bm25() counts, on its first call in a query, every document that holds each
// phrase (xQueryPhrase over the whole posting list) to weigh the phrase by its rarity (IDF). For a
// word in half of a million work orders that count alone took 36 ms of the 37 ms a ranked search
// cost (bench/tickets_bench.cpp), while reading the 2,000 newest matches took 0.6 ms. Rarity is a
// property of the collection that changes slowly, and ranking needs it only roughly: the
// density of a phrase's first kSample postings (how many rowids they span) times the number of
// rows estimates it within a few per cent on these tables, at a bounded cost per phrase.
// A phrase with fewer postings than the sample is counted exactly, as bm25() would.
//
// Same formula as FTS5's bm25 (k1 = 1.2, b = 0.75, IDF floored at 1e-6), same sign (more
// negative is better, so ORDER BY it ascending), and the same auxiliary-function call shape:
// bm25_sampled(fts_table).
#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <new>
#include <vector>

#include "fts_rank.h"

namespace cti::storage {

namespace {

constexpr int kSample = 4000;
constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

struct Sample {
    int hits = 0;
    sqlite3_int64 first = 0;
    sqlite3_int64 last = 0;
};

// The per-query data, computed on the first row and kept with xSetAuxdata.
struct QueryData {
    std::vector<double> idf;  // per phrase
    double average_length = 1.0;
};

int sample_posting(const Fts5ExtensionApi* api, Fts5Context* fts, void* user) {
    auto* s = static_cast<Sample*>(user);
    const sqlite3_int64 id = api->xRowid(fts);
    if (s->hits == 0) s->first = id;
    s->last = id;
    return ++s->hits >= kSample ? SQLITE_DONE : SQLITE_OK;
}

double estimated_frequency(const Sample& s, sqlite3_int64 rows) {
    if (s.hits < kSample) return s.hits;  // the whole posting list was read: exact
    const double span = static_cast<double>(std::max<sqlite3_int64>(1, s.last - s.first + 1));
    const double estimate = static_cast<double>(s.hits) / span * static_cast<double>(rows);
    return std::clamp(estimate, static_cast<double>(s.hits), static_cast<double>(rows));
}

int query_data(const Fts5ExtensionApi* api, Fts5Context* fts, QueryData** out) {
    if (auto* cached = static_cast<QueryData*>(api->xGetAuxdata(fts, 0))) {
        *out = cached;
        return SQLITE_OK;
    }
    auto* data = new (std::nothrow) QueryData;
    if (!data) return SQLITE_NOMEM;
    sqlite3_int64 rows = 0, tokens = 0;
    int rc = api->xRowCount(fts, &rows);
    if (rc == SQLITE_OK) rc = api->xColumnTotalSize(fts, -1, &tokens);
    if (rows > 0 && tokens > 0) data->average_length = static_cast<double>(tokens) / static_cast<double>(rows);
    const int phrases = api->xPhraseCount(fts);
    for (int i = 0; rc == SQLITE_OK && i < phrases; ++i) {
        Sample s;
        rc = api->xQueryPhrase(fts, i, &s, sample_posting);
        const double n = estimated_frequency(s, rows);
        const double idf = std::log((static_cast<double>(rows) - n + 0.5) / (n + 0.5));
        data->idf.push_back(idf <= 0.0 ? 1e-6 : idf);
    }
    if (rc == SQLITE_OK) rc = api->xSetAuxdata(fts, data, [](void* p) { delete static_cast<QueryData*>(p); });
    else delete data;
    if (rc == SQLITE_OK) *out = data;
    return rc;
}

void bm25_sampled(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* ctx, int, sqlite3_value**) {
    QueryData* data = nullptr;
    int rc = query_data(api, fts, &data);
    std::vector<int> frequency(data ? data->idf.size() : 0, 0);
    int instances = 0;
    if (rc == SQLITE_OK) rc = api->xInstCount(fts, &instances);
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0, column = 0, offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK && phrase >= 0 && phrase < static_cast<int>(frequency.size())) ++frequency[phrase];
    }
    int length = 0;
    if (rc == SQLITE_OK) rc = api->xColumnSize(fts, -1, &length);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(ctx, rc);
        return;
    }
    const double norm = kK1 * (1.0 - kB + kB * static_cast<double>(length) / data->average_length);
    double score = 0.0;
    for (std::size_t i = 0; i < frequency.size(); ++i) {
        const double f = frequency[i];
        score += data->idf[i] * (f * (kK1 + 1.0)) / (f + norm);
    }
    sqlite3_result_double(ctx, -score);
}

}  // namespace

int register_fts_rank(sqlite3* db) {
    // The documented way to reach the FTS5 API: SELECT fts5(?1) with a pointer binding.
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr);
    if (rc != SQLITE_OK) return rc;
    fts5_api* api = nullptr;
    sqlite3_bind_pointer(stmt, 1, &api, "fts5_api_ptr", nullptr);
    rc = sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW || !api) return rc == SQLITE_ROW ? SQLITE_ERROR : rc;
    return api->xCreateFunction(api, "bm25_sampled", nullptr, bm25_sampled, nullptr);
}

}  // namespace cti::storage
