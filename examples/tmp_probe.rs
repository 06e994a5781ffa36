use crosscheck::eval::load_split;
fn main() {
    for story in load_split("dev") {
        for a in &story.annotated {
            if a.mention.is_none() {
                let body = &story.articles[a.article].body;
                let s = a.start.saturating_sub(30);
                let e = (a.end + 30).min(body.len());
                let ctx = body.get(s..e).unwrap_or("").replace('\n', " ");
                println!("[{}] {}", body.get(a.start..a.end).unwrap_or("?"), ctx);
            }
        }
    }
}
