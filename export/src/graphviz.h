// Living with Graphviz's C libraries: graphs closed on every path, messages caught instead of
// printed, output to a C++ stream.
#pragma once

#include <graphviz/cgraph.h>

#include <memory>
#include <mutex>
#include <ostream>
#include <string>
#include <vector>

namespace trame::export_detail {

struct GraphCloser {
  void operator()(Agraph_t* graph) const { agclose(graph); }
};
using GraphPtr = std::unique_ptr<Agraph_t, GraphCloser>;

// A root graph whose agwrite() goes to the C++ stream given as its channel.
GraphPtr open_stream_graph(const char* name);
// Writes `graph` as DOT to `out` through agwrite. Throws ExportError.
void write_dot_to(Agraph_t* graph, std::ostream& out);

// While alive, Graphviz's messages (errors and warnings, which it would print on stderr) are
// collected here. Graphviz keeps that hook, and much else, in globals: the session also holds
// a lock, so one thread at a time talks to Graphviz.
class GraphvizSession {
 public:
  GraphvizSession();
  ~GraphvizSession();
  GraphvizSession(const GraphvizSession&) = delete;
  GraphvizSession& operator=(const GraphvizSession&) = delete;

  // The messages so far, one a line, and forgets them.
  std::vector<std::string> take_messages();

 private:
  std::unique_lock<std::recursive_mutex> lock_;
  agusererrf previous_handler_;
  agerrlevel_t previous_level_;
};

// Sets attribute `name` of `object` to plain `value` (declaring it with an empty default).
void set(void* object, const char* name, const std::string& value);
// Sets attribute `name` of `object` to the HTML-like label `html` (already escaped markup).
void set_html(void* object, const char* name, const std::string& html);

}  // namespace trame::export_detail
