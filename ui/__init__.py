"""The Streamlit web chat: `streamlit run ui/app.py`."""
