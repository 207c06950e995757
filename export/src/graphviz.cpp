#include "graphviz.h"

#include <cstring>

#include "trame/export/exporter.h"

namespace trame::export_detail {
namespace {

std::recursive_mutex graphviz_mutex;
std::string* collected = nullptr;  // guarded by graphviz_mutex

int collect(char* message) {
  if (collected) *collected += message;
  return 0;
}

int stream_putstr(void* channel, const char* text) {
  auto* out = static_cast<std::ostream*>(channel);
  out->write(text, static_cast<std::streamsize>(std::strlen(text)));
  return out->good() ? 0 : EOF;
}

int stream_flush(void* channel) {
  auto* out = static_cast<std::ostream*>(channel);
  out->flush();
  return out->good() ? 0 : EOF;
}

int no_read(void*, char*, int) { return 0; }

Agiodisc_t stream_io = {no_read, stream_putstr, stream_flush};
Agdisc_t stream_disc = {&AgMemDisc, &AgIdDisc, &stream_io};

std::string messages;  // guarded by graphviz_mutex

}  // namespace

GraphPtr open_stream_graph(const char* name) {
  Agdesc_t kind = Agdirected;
  return GraphPtr(agopen(const_cast<char*>(name), kind, &stream_disc));
}

void write_dot_to(Agraph_t* graph, std::ostream& out) {
  if (agwrite(graph, &out) != 0 || !out.good()) throw ExportError("could not write the DOT graph");
}

GraphvizSession::GraphvizSession() : lock_(graphviz_mutex) {
  messages.clear();
  collected = &messages;
  previous_handler_ = agseterrf(collect);
  previous_level_ = agseterr(AGWARN);
}

GraphvizSession::~GraphvizSession() {
  agseterr(previous_level_);
  agseterrf(previous_handler_);
  collected = nullptr;
  agreseterrors();
}

std::vector<std::string> GraphvizSession::take_messages() {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < messages.size()) {
    std::size_t end = messages.find('\n', start);
    if (end == std::string::npos) end = messages.size();
    if (end > start) out.push_back(messages.substr(start, end - start));
    start = end + 1;
  }
  messages.clear();
  return out;
}

void set(void* object, const char* name, const std::string& value) {
  agsafeset(object, const_cast<char*>(name), const_cast<char*>(value.c_str()),
            const_cast<char*>(""));
}

void set_html(void* object, const char* name, const std::string& html) {
  Agraph_t* root = agroot(object);
  char* value = agstrdup_html(root, const_cast<char*>(html.c_str()));
  agsafeset(object, const_cast<char*>(name), value, const_cast<char*>(""));
  agstrfree(root, value);
}

}  // namespace trame::export_detail
