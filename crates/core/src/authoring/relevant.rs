//! The `relevant` (show-if) expressions of a workbook: parsed into the engine's
//! [`Condition`], and written back from one. The language is described in the module above.

use super::problems::ProblemCode;
use crate::evaluation::{AnswerValue, Face};
use crate::template::{Condition, ItemKind};

/// What the parser knows of a name it meets in `${...}`.
#[derive(Debug, Clone, Copy)]
pub enum Reference<'a> {
    /// An item before the one whose expression this is.
    Earlier(&'a ItemKind),
    /// The item itself or one after it: its answer is not known yet when this one shows.
    Later,
    Unknown,
}

/// Why an expression does not give a condition, at a character offset (from 0).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpressionError {
    pub position: usize,
    pub code: ProblemCode,
    pub message: String,
}

/// A parsed expression.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    pub condition: Condition,
    /// Typographic quotes were read as plain ones (a warning for the author).
    pub typographic_quotes: bool,
}

/// Parses an expression; every reference and value is checked against `lookup`.
/// A syntax error stops at the first one; every wrong reference or value is reported.
pub fn parse<'a>(expr: &str, lookup: impl Fn(&str) -> Reference<'a>) -> Result<Parsed, Vec<ExpressionError>> {
    let (tokens, typographic_quotes) = tokenize(expr).map_err(|e| vec![e])?;
    let mut p = Parser { tokens, at: 0, end: expr.chars().count() };
    let raw = p.or().map_err(|e| vec![e])?;
    if let Some(t) = p.peek() {
        return Err(vec![syntax(t.pos, format!("expected 'and', 'or' or the end, found {}", t.kind.describe()))]);
    }
    let mut errors = Vec::new();
    let condition = typed(&raw, &lookup, &mut errors);
    match condition {
        Some(condition) if errors.is_empty() => Ok(Parsed { condition, typographic_quotes }),
        _ => Err(errors),
    }
}

/// Writes a condition as an expression that parses back to the same condition.
pub fn write(cond: &Condition) -> String {
    let mut out = String::new();
    write_or(cond, &mut out);
    out
}

fn write_or(cond: &Condition, out: &mut String) {
    match cond {
        Condition::Any { any } => join(any, " or ", out, |c, out| match c {
            Condition::Any { .. } => parenthesised(c, out),
            _ => write_and(c, out),
        }),
        _ => write_and(cond, out),
    }
}

fn write_and(cond: &Condition, out: &mut String) {
    match cond {
        Condition::All { all } => join(all, " and ", out, |c, out| match c {
            Condition::All { .. } | Condition::Any { .. } => parenthesised(c, out),
            _ => write_and(c, out),
        }),
        Condition::Any { .. } => parenthesised(cond, out),
        Condition::Not { not } => {
            out.push_str("not");
            parenthesised(not, out);
        }
        Condition::Equals { item, value } => {
            out.push_str(&format!("${{{item}}} = {}", literal(value)));
        }
        Condition::NotEquals { item, value } => {
            out.push_str(&format!("${{{item}}} != {}", literal(value)));
        }
        Condition::AnyOf { item, values } => {
            let values: Vec<String> = values.iter().map(literal).collect();
            out.push_str(&format!("${{{item}}} in ({})", values.join(", ")));
        }
        Condition::Answered { item } => out.push_str(&format!("answered(${{{item}}})")),
        Condition::Selected { item, choice } => out.push_str(&format!("selected(${{{item}}}, {})", quoted(choice))),
    }
}

fn join(conds: &[Condition], sep: &str, out: &mut String, each: impl Fn(&Condition, &mut String)) {
    for (i, c) in conds.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        each(c, out);
    }
}

fn parenthesised(cond: &Condition, out: &mut String) {
    out.push('(');
    write_or(cond, out);
    out.push(')');
}

fn literal(value: &AnswerValue) -> String {
    match value {
        AnswerValue::Yes => "'yes'".into(),
        AnswerValue::No => "'no'".into(),
        AnswerValue::NotApplicable => "'na'".into(),
        AnswerValue::Scale(v) => v.to_string(),
        AnswerValue::Face(f) => quoted(face_name(*f)),
        AnswerValue::Minutes(n) | AnswerValue::Number(n) => n.to_string(),
        AnswerValue::Choice(c) | AnswerValue::Text(c) => quoted(c),
        // No expression compares with a set of choices (selected() tests one); written for the record only.
        AnswerValue::Choices(cs) => quoted(&cs.join(" ")),
    }
}

fn quoted(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

fn face_name(f: Face) -> &'static str {
    match f {
        Face::Happy => "happy",
        Face::Neutral => "neutral",
        Face::Unhappy => "unhappy",
    }
}

#[derive(Debug, Clone, PartialEq)]
enum TokenKind {
    Ref(String),
    Str(String),
    /// The number and its text as written (a choice may be named `1`).
    Num(f64, String),
    Word(String),
    Open,
    Close,
    Comma,
    Eq,
    Ne,
}

impl TokenKind {
    fn describe(&self) -> String {
        match self {
            TokenKind::Ref(n) => format!("${{{n}}}"),
            TokenKind::Str(s) => format!("'{s}'"),
            TokenKind::Num(_, t) => t.clone(),
            TokenKind::Word(w) => format!("'{w}'"),
            TokenKind::Open => "'('".into(),
            TokenKind::Close => "')'".into(),
            TokenKind::Comma => "','".into(),
            TokenKind::Eq => "'='".into(),
            TokenKind::Ne => "'!='".into(),
        }
    }
}

#[derive(Debug, Clone)]
struct Token {
    kind: TokenKind,
    pos: usize,
}

fn syntax(position: usize, message: impl Into<String>) -> ExpressionError {
    ExpressionError { position, code: ProblemCode::ExpressionSyntax, message: message.into() }
}

fn is_single_quote(c: char) -> bool {
    matches!(c, '\'' | '\u{2018}' | '\u{2019}')
}

fn is_double_quote(c: char) -> bool {
    matches!(c, '"' | '\u{201C}' | '\u{201D}')
}

fn is_typographic(c: char) -> bool {
    matches!(c, '\u{2018}' | '\u{2019}' | '\u{201C}' | '\u{201D}')
}

fn tokenize(expr: &str) -> Result<(Vec<Token>, bool), ExpressionError> {
    let chars: Vec<char> = expr.chars().collect();
    let mut tokens = Vec::new();
    let mut typographic = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let pos = i;
        let push = |tokens: &mut Vec<Token>, kind| tokens.push(Token { kind, pos });
        match c {
            c if c.is_whitespace() => i += 1,
            '(' => {
                push(&mut tokens, TokenKind::Open);
                i += 1;
            }
            ')' => {
                push(&mut tokens, TokenKind::Close);
                i += 1;
            }
            ',' => {
                push(&mut tokens, TokenKind::Comma);
                i += 1;
            }
            '=' => {
                i += if chars.get(i + 1) == Some(&'=') { 2 } else { 1 };
                push(&mut tokens, TokenKind::Eq);
            }
            '!' if chars.get(i + 1) == Some(&'=') => {
                push(&mut tokens, TokenKind::Ne);
                i += 2;
            }
            '<' if chars.get(i + 1) == Some(&'>') => {
                push(&mut tokens, TokenKind::Ne);
                i += 2;
            }
            '$' => {
                if chars.get(i + 1) != Some(&'{') {
                    return Err(syntax(pos, "'$' starts a reference such as ${item}"));
                }
                let start = i + 2;
                let Some(len) = chars[start..].iter().position(|&c| c == '}') else {
                    return Err(syntax(pos, "the reference is not closed with '}'"));
                };
                let name: String = chars[start..start + len].iter().collect();
                let name = name.trim().to_owned();
                if name.is_empty() {
                    return Err(syntax(pos, "the reference names no item"));
                }
                push(&mut tokens, TokenKind::Ref(name));
                i = start + len + 1;
            }
            q if is_single_quote(q) || is_double_quote(q) => {
                typographic |= is_typographic(q);
                let closes = if is_single_quote(q) { is_single_quote } else { is_double_quote };
                let mut text = String::new();
                let mut j = i + 1;
                loop {
                    match chars.get(j) {
                        None => return Err(syntax(pos, "the text is not closed with a quote")),
                        Some(&c) if closes(c) => {
                            typographic |= is_typographic(c);
                            // A quote doubled stands for itself, as in a spreadsheet's formulas.
                            if chars.get(j + 1).is_some_and(|&n| closes(n)) {
                                text.push(c);
                                j += 2;
                            } else {
                                j += 1;
                                break;
                            }
                        }
                        Some(&c) => {
                            text.push(c);
                            j += 1;
                        }
                    }
                }
                push(&mut tokens, TokenKind::Str(text));
                i = j;
            }
            c if c.is_ascii_digit() || (c == '-' && chars.get(i + 1).is_some_and(char::is_ascii_digit)) => {
                let mut j = i + 1;
                while chars.get(j).is_some_and(|c| c.is_ascii_digit() || *c == '.') {
                    j += 1;
                }
                let text: String = chars[i..j].iter().collect();
                let Ok(n) = text.parse::<f64>() else {
                    return Err(syntax(pos, format!("'{text}' is not a number")));
                };
                push(&mut tokens, TokenKind::Num(n, text));
                i = j;
            }
            c if c.is_alphabetic() || c == '_' => {
                let mut j = i + 1;
                while chars.get(j).is_some_and(|c| c.is_alphanumeric() || *c == '_' || *c == '-') {
                    j += 1;
                }
                let word: String = chars[i..j].iter().collect();
                push(&mut tokens, TokenKind::Word(word.to_lowercase()));
                i = j;
            }
            other => return Err(syntax(pos, format!("unexpected '{other}'"))),
        }
    }
    Ok((tokens, typographic))
}

/// A literal as written, typed later by the item it is compared with.
#[derive(Debug, Clone)]
struct Lit {
    text: String,
    number: Option<f64>,
    pos: usize,
}

#[derive(Debug, Clone)]
struct Name {
    name: String,
    pos: usize,
}

#[derive(Debug, Clone)]
enum Raw {
    Eq(Name, Lit),
    Ne(Name, Lit),
    In(Name, Vec<Lit>),
    Answered(Name),
    Selected(Name, Lit),
    All(Vec<Raw>),
    Any(Vec<Raw>),
    Not(Box<Raw>),
}

struct Parser {
    tokens: Vec<Token>,
    at: usize,
    /// The expression's length, where an unexpected end is reported.
    end: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.at)
    }

    fn next(&mut self, wanted: &str) -> Result<Token, ExpressionError> {
        let t = self.tokens.get(self.at).cloned().ok_or_else(|| syntax(self.end, format!("expected {wanted}")))?;
        self.at += 1;
        Ok(t)
    }

    fn is_word(&self, word: &str) -> bool {
        matches!(self.peek(), Some(Token { kind: TokenKind::Word(w), .. }) if w == word)
    }

    fn expect(&mut self, kind: TokenKind) -> Result<(), ExpressionError> {
        let wanted = kind.describe();
        let t = self.next(&wanted)?;
        if t.kind == kind {
            Ok(())
        } else {
            Err(syntax(t.pos, format!("expected {wanted}, found {}", t.kind.describe())))
        }
    }

    fn or(&mut self) -> Result<Raw, ExpressionError> {
        let mut members = vec![self.and()?];
        while self.is_word("or") {
            self.at += 1;
            members.push(self.and()?);
        }
        Ok(if members.len() == 1 { members.remove(0) } else { Raw::Any(members) })
    }

    fn and(&mut self) -> Result<Raw, ExpressionError> {
        let mut members = vec![self.unary()?];
        while self.is_word("and") {
            self.at += 1;
            members.push(self.unary()?);
        }
        Ok(if members.len() == 1 { members.remove(0) } else { Raw::All(members) })
    }

    fn unary(&mut self) -> Result<Raw, ExpressionError> {
        if self.is_word("not") {
            self.at += 1;
            return Ok(Raw::Not(Box::new(self.unary()?)));
        }
        self.primary()
    }

    fn primary(&mut self) -> Result<Raw, ExpressionError> {
        let t = self.next("a condition")?;
        match t.kind {
            TokenKind::Open => {
                let inner = self.or()?;
                self.expect(TokenKind::Close)?;
                Ok(inner)
            }
            TokenKind::Word(w) if w == "answered" => {
                self.expect(TokenKind::Open)?;
                let name = self.reference()?;
                self.expect(TokenKind::Close)?;
                Ok(Raw::Answered(name))
            }
            TokenKind::Word(w) if w == "selected" => {
                self.expect(TokenKind::Open)?;
                let name = self.reference()?;
                self.expect(TokenKind::Comma)?;
                let lit = self.literal()?;
                self.expect(TokenKind::Close)?;
                Ok(Raw::Selected(name, lit))
            }
            TokenKind::Ref(name) => {
                let name = Name { name, pos: t.pos };
                let op = self.next("'=', '!=' or 'in'")?;
                match op.kind {
                    TokenKind::Eq => Ok(Raw::Eq(name, self.literal()?)),
                    TokenKind::Ne => Ok(Raw::Ne(name, self.literal()?)),
                    TokenKind::Word(w) if w == "in" => {
                        self.expect(TokenKind::Open)?;
                        let mut lits = vec![self.literal()?];
                        loop {
                            let t = self.next("',' or ')'")?;
                            match t.kind {
                                TokenKind::Comma => lits.push(self.literal()?),
                                TokenKind::Close => break,
                                other => {
                                    return Err(syntax(
                                        t.pos,
                                        format!("expected ',' or ')', found {}", other.describe()),
                                    ))
                                }
                            }
                        }
                        Ok(Raw::In(name, lits))
                    }
                    other => Err(syntax(op.pos, format!("expected '=', '!=' or 'in', found {}", other.describe()))),
                }
            }
            other => Err(syntax(
                t.pos,
                format!("expected a condition such as ${{item}} = 'yes', found {}", other.describe()),
            )),
        }
    }

    fn reference(&mut self) -> Result<Name, ExpressionError> {
        let t = self.next("a reference such as ${item}")?;
        match t.kind {
            TokenKind::Ref(name) => Ok(Name { name, pos: t.pos }),
            other => Err(syntax(t.pos, format!("expected a reference such as ${{item}}, found {}", other.describe()))),
        }
    }

    fn literal(&mut self) -> Result<Lit, ExpressionError> {
        let t = self.next("a value such as 'yes' or 3")?;
        match t.kind {
            TokenKind::Str(text) => Ok(Lit { text, number: None, pos: t.pos }),
            TokenKind::Num(n, text) => Ok(Lit { text, number: Some(n), pos: t.pos }),
            other => Err(syntax(t.pos, format!("expected a value such as 'yes' or 3, found {}", other.describe()))),
        }
    }
}

fn typed<'a>(
    raw: &Raw,
    lookup: &impl Fn(&str) -> Reference<'a>,
    errors: &mut Vec<ExpressionError>,
) -> Option<Condition> {
    let members = |rs: &[Raw], errors: &mut Vec<ExpressionError>| {
        // Every member is typed, so that every wrong reference is reported at once.
        let typed: Vec<Option<Condition>> = rs.iter().map(|r| typed(r, lookup, errors)).collect();
        typed.into_iter().collect::<Option<Vec<_>>>()
    };
    match raw {
        Raw::All(rs) => members(rs, errors).map(|all| Condition::All { all }),
        Raw::Any(rs) => members(rs, errors).map(|any| Condition::Any { any }),
        Raw::Not(r) => typed(r, lookup, errors).map(|c| Condition::Not { not: Box::new(c) }),
        Raw::Answered(name) => {
            resolve(name, lookup, errors)?;
            Some(Condition::Answered { item: name.name.clone() })
        }
        Raw::Eq(name, lit) | Raw::Ne(name, lit) => {
            let kind = resolve(name, lookup, errors)?;
            let value = value(kind, lit, errors)?;
            let item = name.name.clone();
            Some(match raw {
                Raw::Eq(..) => Condition::Equals { item, value },
                _ => Condition::NotEquals { item, value },
            })
        }
        Raw::In(name, lits) => {
            let kind = resolve(name, lookup, errors)?;
            let values: Vec<Option<AnswerValue>> = lits.iter().map(|l| value(kind, l, errors)).collect();
            let values = values.into_iter().collect::<Option<Vec<_>>>()?;
            Some(Condition::AnyOf { item: name.name.clone(), values })
        }
        Raw::Selected(name, lit) => {
            let kind = resolve(name, lookup, errors)?;
            let (ItemKind::SingleChoice { options } | ItemKind::MultiChoice { options }) = kind else {
                errors.push(does_not_fit(
                    name.pos,
                    format!("selected() needs a choice item; '{}' is not one", name.name),
                ));
                return None;
            };
            if !options.iter().any(|o| o.id == lit.text) {
                errors.push(does_not_fit(lit.pos, format!("'{}' is not a choice of '{}'", lit.text, name.name)));
                return None;
            }
            Some(Condition::Selected { item: name.name.clone(), choice: lit.text.clone() })
        }
    }
}

fn resolve<'a>(
    name: &Name,
    lookup: &impl Fn(&str) -> Reference<'a>,
    errors: &mut Vec<ExpressionError>,
) -> Option<&'a ItemKind> {
    match lookup(&name.name) {
        Reference::Earlier(kind) => Some(kind),
        Reference::Later => {
            errors.push(ExpressionError {
                position: name.pos,
                code: ProblemCode::LaterItem,
                message: format!("'{}' is not an earlier item: a condition can only look back", name.name),
            });
            None
        }
        Reference::Unknown => {
            errors.push(ExpressionError {
                position: name.pos,
                code: ProblemCode::UnknownItem,
                message: format!("there is no item named '{}'", name.name),
            });
            None
        }
    }
}

fn does_not_fit(position: usize, message: String) -> ExpressionError {
    ExpressionError { position, code: ProblemCode::ValueDoesNotFit, message }
}

/// The answer a literal stands for, given the kind of item it is compared with.
fn value(kind: &ItemKind, lit: &Lit, errors: &mut Vec<ExpressionError>) -> Option<AnswerValue> {
    let text = lit.text.as_str();
    let na = lit.number.is_none() && text.eq_ignore_ascii_case("na");
    let found = match kind {
        ItemKind::Text { .. } => match lit.number {
            None => Ok(AnswerValue::Text(lit.text.clone())),
            Some(_) => Err("a text item's value is written in quotes".to_owned()),
        },
        _ if na && !is_option(kind, text) => Ok(AnswerValue::NotApplicable),
        ItemKind::YesNo => match text.to_ascii_lowercase().as_str() {
            "yes" if lit.number.is_none() => Ok(AnswerValue::Yes),
            "no" if lit.number.is_none() => Ok(AnswerValue::No),
            _ => Err("a yes/no item is 'yes', 'no' or 'na'".to_owned()),
        },
        ItemKind::Scale => match text.trim().parse::<u8>() {
            Ok(v) if (1..=5).contains(&v) => Ok(AnswerValue::Scale(v)),
            _ => Err("a scale item is 1 to 5".to_owned()),
        },
        ItemKind::Face => match text.to_ascii_lowercase().as_str() {
            "happy" => Ok(AnswerValue::Face(Face::Happy)),
            "neutral" => Ok(AnswerValue::Face(Face::Neutral)),
            "unhappy" => Ok(AnswerValue::Face(Face::Unhappy)),
            _ => Err("a face item is 'happy', 'neutral' or 'unhappy'".to_owned()),
        },
        ItemKind::Duration { .. } => match lit.number {
            Some(n) => Ok(AnswerValue::Minutes(n)),
            None => Err("a duration is a number of minutes, without quotes".to_owned()),
        },
        ItemKind::Number { .. } => match lit.number {
            Some(n) => Ok(AnswerValue::Number(n)),
            None => Err("a number item's value is a number, without quotes".to_owned()),
        },
        ItemKind::SingleChoice { .. } if is_option(kind, text) => Ok(AnswerValue::Choice(lit.text.clone())),
        ItemKind::SingleChoice { .. } => Err(format!("'{text}' is not one of the item's choices")),
        ItemKind::MultiChoice { .. } => {
            Err("a multiple choice is tested with selected(${item}, 'choice'), one choice at a time".to_owned())
        }
        ItemKind::Photo { .. } => Err("a photo item is tested with answered(${item}) only".to_owned()),
    };
    match found {
        Ok(v) => Some(v),
        Err(message) => {
            errors.push(does_not_fit(lit.pos, message));
            None
        }
    }
}

fn is_option(kind: &ItemKind, text: &str) -> bool {
    match kind {
        ItemKind::SingleChoice { options } | ItemKind::MultiChoice { options } => options.iter().any(|o| o.id == text),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template::ChoiceOption;

    fn kinds(name: &str) -> Reference<'static> {
        static YES_NO: ItemKind = ItemKind::YesNo;
        static SCALE: ItemKind = ItemKind::Scale;
        static TEXT: ItemKind = ItemKind::Text { max_len: 10 };
        static PHOTO: ItemKind = ItemKind::Photo { max_photos: 1 };
        static DURATION: ItemKind = ItemKind::Duration { target_minutes: 10.0 };
        static CHOICE: std::sync::OnceLock<ItemKind> = std::sync::OnceLock::new();
        static MULTI: std::sync::OnceLock<ItemKind> = std::sync::OnceLock::new();
        let options = || {
            ["a", "b", "1"]
                .iter()
                .map(|id| ChoiceOption { id: (*id).into(), label: (*id).into(), score: None })
                .collect()
        };
        match name {
            "q" | "r" | "s" => Reference::Earlier(&YES_NO),
            "scale" => Reference::Earlier(&SCALE),
            "text" => Reference::Earlier(&TEXT),
            "photo" => Reference::Earlier(&PHOTO),
            "wait" => Reference::Earlier(&DURATION),
            "one" => Reference::Earlier(CHOICE.get_or_init(|| ItemKind::SingleChoice { options: options() })),
            "many" => Reference::Earlier(MULTI.get_or_init(|| ItemKind::MultiChoice { options: options() })),
            "later" => Reference::Later,
            _ => Reference::Unknown,
        }
    }

    fn cond(expr: &str) -> Condition {
        parse(expr, kinds).unwrap_or_else(|e| panic!("{expr}: {e:?}")).condition
    }

    fn errors(expr: &str) -> Vec<ExpressionError> {
        parse(expr, kinds).expect_err(expr)
    }

    fn eq(item: &str, value: AnswerValue) -> Condition {
        Condition::Equals { item: item.into(), value }
    }

    #[test]
    fn comparisons_take_the_value_the_item_is_answered_with() {
        assert_eq!(cond("${q} = 'no'"), eq("q", AnswerValue::No));
        assert_eq!(cond("${q} == \"yes\""), eq("q", AnswerValue::Yes));
        assert_eq!(cond("${q} = 'na'"), eq("q", AnswerValue::NotApplicable));
        assert_eq!(cond("${scale} = 2"), eq("scale", AnswerValue::Scale(2)));
        assert_eq!(cond("${wait} = 12.5"), eq("wait", AnswerValue::Minutes(12.5)));
        assert_eq!(cond("${one} = 1"), eq("one", AnswerValue::Choice("1".into())));
        assert_eq!(cond("${text} = 'it''s'"), eq("text", AnswerValue::Text("it's".into())));
        assert_eq!(cond("${q} != 'yes'"), Condition::NotEquals { item: "q".into(), value: AnswerValue::Yes });
        assert_eq!(
            cond("${scale} in (1, 2)"),
            Condition::AnyOf { item: "scale".into(), values: vec![AnswerValue::Scale(1), AnswerValue::Scale(2)] }
        );
        assert_eq!(cond("answered(${photo})"), Condition::Answered { item: "photo".into() });
        assert_eq!(cond("selected(${many}, 'b')"), Condition::Selected { item: "many".into(), choice: "b".into() });
    }

    #[test]
    fn not_binds_tighter_than_and_which_binds_tighter_than_or() {
        let (q, r, s) = (eq("q", AnswerValue::No), eq("r", AnswerValue::No), eq("s", AnswerValue::No));
        let not = |c: Condition| Condition::Not { not: Box::new(c) };
        assert_eq!(
            cond("${q} = 'no' or ${r} = 'no' and ${s} = 'no'"),
            Condition::Any { any: vec![q.clone(), Condition::All { all: vec![r.clone(), s.clone()] }] }
        );
        assert_eq!(
            cond("(${q} = 'no' or ${r} = 'no') and ${s} = 'no'"),
            Condition::All { all: vec![Condition::Any { any: vec![q.clone(), r.clone()] }, s.clone()] }
        );
        assert_eq!(cond("not ${q} = 'no' and ${r} = 'no'"), Condition::All { all: vec![not(q.clone()), r.clone()] });
        assert_eq!(cond("not(${q} = 'no' and ${r} = 'no')"), not(Condition::All { all: vec![q.clone(), r.clone()] }));
        assert_eq!(
            cond("${q} = 'no' AND ${r} = 'no' and ${s} = 'no'"),
            Condition::All { all: vec![q.clone(), r.clone(), s.clone()] },
            "a chain of one operator is one list"
        );
        assert_eq!(
            cond("${q} = 'no' and (${r} = 'no' and ${s} = 'no')"),
            Condition::All { all: vec![q, Condition::All { all: vec![r, s] }] },
            "parentheses keep their grouping"
        );
    }

    #[test]
    fn syntax_errors_give_the_character_offset() {
        let at = |expr: &str| {
            let e = errors(expr);
            assert_eq!(e.len(), 1, "{expr}: {e:?}");
            assert_eq!(e[0].code, ProblemCode::ExpressionSyntax, "{expr}");
            e[0].position
        };
        assert_eq!(at("${q} = "), 7, "an unexpected end is at the end");
        assert_eq!(at("${q} 'no'"), 5);
        assert_eq!(at("${q = 'no'"), 0);
        assert_eq!(at("${q} = 'no"), 7);
        assert_eq!(at("(${q} = 'no'"), 12);
        assert_eq!(at("${q} = 'no' ${r}"), 12);
        assert_eq!(at("${q} = 'no' & ${r} = 'no'"), 12);
        assert_eq!(at("${text} = 'éé' ${q}"), 15, "offsets count characters, not bytes");
    }

    #[test]
    fn every_wrong_reference_and_value_is_reported_where_it_stands() {
        let e = errors("${nope} = 'x' or ${later} = 'yes' or ${q} = 'maybe' or selected(${one}, 'z')");
        let found: Vec<(ProblemCode, usize)> = e.iter().map(|e| (e.code, e.position)).collect();
        assert_eq!(
            found,
            vec![
                (ProblemCode::UnknownItem, 0),
                (ProblemCode::LaterItem, 17),
                (ProblemCode::ValueDoesNotFit, 44),
                (ProblemCode::ValueDoesNotFit, 72),
            ]
        );
        assert_eq!(errors("${many} = 'a'")[0].code, ProblemCode::ValueDoesNotFit);
        assert_eq!(errors("${scale} = 6")[0].code, ProblemCode::ValueDoesNotFit);
        assert_eq!(errors("selected(${q}, 'yes')")[0].position, 9);
    }

    #[test]
    fn typographic_quotes_are_read_as_plain_ones_and_noticed() {
        let p = parse("${q} = \u{2018}no\u{2019}", kinds).expect("parses");
        assert_eq!(p.condition, eq("q", AnswerValue::No));
        assert!(p.typographic_quotes);
        assert!(!parse("${q} = 'no'", kinds).expect("parses").typographic_quotes);
    }

    #[test]
    fn a_written_condition_parses_back_to_itself() {
        for expr in [
            "${q} = 'no'",
            "${q} != 'yes' and selected(${many}, 'a')",
            "not(${q} = 'no') or ${r} = 'no' and ${s} = 'na'",
            "(${q} = 'no' or ${r} = 'yes') and ${scale} in (1, 2)",
            "${q} = 'no' and (${r} = 'no' and answered(${text}))",
            "${text} = 'it''s' or ${wait} = -1.25",
        ] {
            let c = cond(expr);
            assert_eq!(write(&c), expr);
            assert_eq!(cond(&write(&c)), c);
        }
    }
}
