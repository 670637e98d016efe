from jinja2 import Environment, FileSystemLoader, Template, select_autoescape

# expect: xss
env = Environment(loader=FileSystemLoader('templates'), autoescape=False)
# safe: xss
safe_env = Environment(loader=FileSystemLoader('templates'), autoescape=select_autoescape(['html']))
# expect: xss
mail_env = Environment(autoescape=False, trim_blocks=True)
# safe: xss
strict_env = Environment(autoescape=True)
# expect: xss
banner = Template('<div>{{ text }}</div>', autoescape=False)
# safe: xss
footer = Template('<div>{{ text }}</div>', autoescape=True)
# expect: xss
page_env = Environment(loader=FileSystemLoader('templates'))
# safe: xss
text_env = Environment(loader=FileSystemLoader('mail'), autoescape=select_autoescape(['html']), trim_blocks=True)
